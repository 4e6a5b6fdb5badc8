package fr.bocage.network.diagnosis;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.CsrfFilter;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The self-diagnosis pages ({@link DiagnosisPaths}), reached through {@link DiagnosisPathFilter}: plain forms, no
 * script. Who sees what is the services' decision (the project's standing); a refusal is the French error page, or
 * the form again with its message and what was typed.
 */
@WebServlet(DiagnosisPaths.INTERNAL + "/*")
public class DiagnosisServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/(questionnaires|campagnes)"
            + "/(\\d{1,18})(?:/(comparaison|comparaison\\.csv|rapport/(\\d{1,18})))?)?/?");
    /** The prefix of an answer form's fields, before the question's key. */
    static final String RESPONSE = "r-";

    @Inject
    DiagnosisPages pages;

    @Inject
    DiagnosisReports reports;

    @Inject
    DiagnosisService service;

    @Inject
    Validator validator;

    /** A path taken apart: the project, then what below it (null for the home page). */
    private record Target(String slug, String area, long id, String view, Long organisation) {
        static Target of(String path) {
            Matcher m = PATH.matcher(path == null ? "" : path);
            if (!m.matches() || m.group(1).length() > 80) {
                return null;
            }
            return new Target(m.group(1), m.group(2), m.group(3) == null ? 0 : Long.parseLong(m.group(3)),
                    m.group(4) == null ? null : m.group(4).startsWith("rapport") ? "rapport" : m.group(4),
                    m.group(5) == null ? null : Long.parseLong(m.group(5)));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Target target = Target.of(request.getPathInfo());
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!signedIn(request, response)) {
            return;
        }
        Caller caller = PortalForms.caller(request);
        try {
            if (target.area() == null) {
                CsrfToken.expose(request);
                Views.render("network/diagnosis/home", pages.home(target.slug(), caller, Map.of(), FormFeedback.NONE),
                        request, response);
            } else if (target.area().equals("questionnaires") && target.view() == null) {
                CsrfToken.expose(request);
                Views.render("network/diagnosis/builder", pages.builder(target.slug(), target.id(), caller,
                        FormFeedback.NONE), request, response);
            } else if (target.area().equals("campagnes") && target.view() == null) {
                CsrfToken.expose(request);
                Views.render("network/diagnosis/campaign", pages.campaign(target.slug(), target.id(), caller, null,
                        request.getParameter("fait"), FormFeedback.NONE), request, response);
            } else if ("rapport".equals(target.view())) {
                Views.render("network/diagnosis/report", pages.report(target.slug(), target.id(),
                        target.organisation(), caller), request, response);
            } else if ("comparaison".equals(target.view())) {
                Views.render("network/diagnosis/comparison", pages.comparison(target.slug(), target.id(), caller),
                        request, response);
            } else if ("comparaison.csv".equals(target.view())) {
                String csv = reports.csv(target.slug(), target.id(), caller);
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"autodiagnostic-" + target.slug()
                        + "-" + target.id() + ".csv\"");
                response.getWriter().write(csv);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Target target = Target.of(request.getPathInfo());
        if (target == null || target.view() != null) {
            response.sendError(target == null ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!signedIn(request, response)) {
            return;
        }
        // A forward skipped the request filters after DiagnosisPathFilter, the anti-forgery one perhaps among them.
        if (!CsrfToken.matches(request.getSession(false), request.getParameter(CsrfToken.FIELD))) {
            request.setAttribute(CsrfFilter.REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Caller caller = PortalForms.caller(request);
        try {
            if (target.area() == null) {
                createOnHome(target.slug(), caller, request, response);
            } else if (target.area().equals("questionnaires")) {
                build(target, caller, request, response);
            } else {
                answer(target, caller, request, response);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    /** A new questionnaire (then its builder), or a new campaign; a refusal shows the page again with it. */
    private void createOnHome(String slug, Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("title", "questionnaire", "opensOn", "closesOn")) {
            typed.put(field, request.getParameter(field) == null ? "" : request.getParameter(field));
        }
        try {
            if ("questionnaire".equals(request.getParameter("form"))) {
                Questionnaire created = service.create(slug, valid(new QuestionnaireInput(typed.get("title"),
                        List.of())), caller);
                response.sendRedirect(DiagnosisPaths.questionnaire(slug, created.getId()));
            } else {
                service.open(slug, valid(new CampaignInput(number(typed.get("questionnaire"), "questionnaire"),
                        typed.get("title"), date(typed.get("opensOn")), date(typed.get("closesOn")))), caller);
                response.sendRedirect(DiagnosisPaths.home(slug) + "?fait=campagne");
            }
        } catch (InvalidInput | Conflict | ConstraintViolationException refused) {
            FormFeedback feedback = feedback(refused, response);
            CsrfToken.expose(request);
            Views.render("network/diagnosis/home", pages.home(slug, caller, typed, feedback), request, response);
        }
    }

    /** One step of the builder, then the builder again (of the next version, when this one had answers). */
    private void build(Target target, Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String op = String.valueOf(request.getParameter("op"));
        try {
            int section = "rename".equals(op) || "add-section".equals(op) ? 0
                    : (int) number(request.getParameter("section"), "section");
            Integer question = blank(request.getParameter("question")) ? null
                    : (int) number(request.getParameter("question"), "question");
            Questionnaire saved = service.edit(target.slug(), target.id(), q -> switch (op) {
                case "rename" -> QuestionnaireEdits.rename(q, request.getParameter("title"));
                case "add-section" -> QuestionnaireEdits.addSection(q, request.getParameter("sectionTitle"));
                case "add-question" -> QuestionnaireEdits.addQuestion(q, section, question(request));
                case "up" -> QuestionnaireEdits.move(q, section, question, -1);
                case "down" -> QuestionnaireEdits.move(q, section, question, 1);
                case "remove" -> QuestionnaireEdits.remove(q, section, question);
                default -> throw new InvalidInput(Messages.get("diagnosis.builder.unknown"));
            }, caller);
            response.sendRedirect(DiagnosisPaths.questionnaire(target.slug(), saved.getId()));
        } catch (InvalidInput | Conflict | ConstraintViolationException refused) {
            FormFeedback feedback = feedback(refused, response);
            CsrfToken.expose(request);
            Views.render("network/diagnosis/builder", pages.builder(target.slug(), target.id(), caller, feedback),
                    request, response);
        }
    }

    /**
     * The question of the builder's form. Its options come one a line: a scale's five labels, or a choice's label
     * then its score after a bar (« Oui | 2 »).
     */
    private static QuestionnaireInput.QuestionInput question(HttpServletRequest request) {
        List<QuestionnaireInput.OptionInput> options = new ArrayList<>();
        String lines = request.getParameter("options");
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            options.add(bar < 0 ? new QuestionnaireInput.OptionInput(line, null)
                    : new QuestionnaireInput.OptionInput(line.substring(0, bar),
                            (int) number(line.substring(bar + 1).strip(), "options")));
        }
        String weight = request.getParameter("weight");
        Double parsed = null;
        if (!blank(weight)) {
            try {
                parsed = Double.valueOf(weight.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidInput(Messages.format("diagnosis.form.number", weight));
            }
        }
        return new QuestionnaireInput.QuestionInput(request.getParameter("kind"), request.getParameter("text"),
                parsed, options);
    }

    /** Saves the organisation's answer as a draft, or sends it; a refusal shows the form again as typed. */
    private void answer(Target target, Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(RESPONSE)) {
                typed.put(name.substring(RESPONSE.length()), Arrays.asList(values));
            }
        });
        boolean submit = "envoyer".equals(request.getParameter("action"));
        try {
            long organisation = number(request.getParameter("organisation"), "organisation");
            Long version = blank(request.getParameter("version")) || "0".equals(request.getParameter("version"))
                    ? null : number(request.getParameter("version"), "version");
            service.save(target.slug(), target.id(), organisation, valid(new AnswerInput(version, typed, submit)),
                    caller);
            response.sendRedirect(DiagnosisPaths.campaign(target.slug(), target.id()) + "?fait="
                    + (submit ? "envoye" : "brouillon"));
        } catch (InvalidInput | Conflict | ConstraintViolationException refused) {
            FormFeedback feedback = feedback(refused, response);
            CsrfToken.expose(request);
            Views.render("network/diagnosis/campaign", pages.campaign(target.slug(), target.id(), caller, typed, null,
                    feedback), request, response);
        }
    }

    private <T> T valid(T input) {
        return PortalForms.valid(input, validator);
    }

    /** A refusal's words above the form, with the status the API would have answered. */
    private static FormFeedback feedback(RuntimeException refused, HttpServletResponse response) {
        if (refused instanceof ConstraintViolationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return FormFeedback.message(invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                    .sorted().collect(Collectors.joining(" ; ")));
        }
        response.setStatus(ErrorStatus.of((DomainException) refused));
        return FormFeedback.message(refused.getMessage());
    }

    private static long number(String typed, String field) {
        if (typed == null || !typed.strip().matches("-?\\d{1,9}")) {
            String message = Messages.format("diagnosis.form.number", typed == null ? "" : typed);
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(field, message));
        }
        return Long.parseLong(typed.strip());
    }

    private static LocalDate date(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Messages.format("diagnosis.form.date", typed));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Without an account, the login page (then back here). */
    private static boolean signedIn(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        return request.getUserPrincipal() != null || request.authenticate(response);
    }
}
