package fr.bocage.network.list;

import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.network.membership.Network;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.CsrfFilter;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list's pages, reached from {@code /reseaux/{slug}/liste…} through {@link ListPathFilter} only: the archive
 * with the form to write (members and animators), the waiting messages (animators), and the way to stop receiving
 * the e-mails. A visitor is sent to the login page first; anybody else outside the network gets the 403 page.
 */
@WebServlet(ListPaths.INTERNAL + "/*")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/([a-z]+))?/?");
    private static final Set<String> NOTICES = Set.of("envoye", "attente", "refuse", "reglage", "desabonne");
    /** Beyond the message's limit, what is read is cut: validation then says it is too long. */
    private static final int MAX_FIELD_BYTES = 4 * ListInput.BODY_MAX + 4;
    private static final FormFields FIELDS = new FormFields(ListInput.FIELDS, UnaryOperator.identity());

    @Inject
    MailingListService list;

    @Inject
    ListViews views;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    Validator validator;

    /** The network and the page of it a path names: "" for the archive. */
    private record Target(Network network, String page) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Target> target = target(request, response);
        if (target.isEmpty()) {
            return;
        }
        Network network = target.get().network();
        Caller caller = PortalForms.caller(request);
        String asked = request.getParameter("fait");
        String notice = asked != null && NOTICES.contains(asked) ? asked : null;
        try {
            switch (target.get().page()) {
                case "" -> showArchive(network, caller, Map.of(), FormFeedback.NONE, notice, request, response);
                case ListPaths.MODERATION -> showModeration(network, caller, notice, FormFeedback.NONE, request,
                        response);
                case ListPaths.UNSUBSCRIBE -> {
                    list.requireInside(network, caller);
                    CsrfToken.expose(request);
                    Views.render("network/list-unsubscribe", new ListUnsubscribePage(network.getSlug(),
                            network.getName(), false), request, response);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Target> target = target(request, response);
        if (target.isEmpty()) {
            return;
        }
        // A forward skipped the request filters after ListPathFilter, the anti-forgery one perhaps among them.
        if (!CsrfToken.matches(request.getSession(false), request.getParameter(CsrfToken.FIELD))) {
            request.setAttribute(CsrfFilter.REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Network network = target.get().network();
        Caller caller = PortalForms.caller(request);
        try {
            switch (target.get().page()) {
                case "" -> write(network, caller, request, response);
                case ListPaths.MODERATION -> decide(network, caller, request, response);
                case ListPaths.UNSUBSCRIBE -> {
                    list.receive(network, caller, false);
                    response.sendRedirect(ListPaths.archive(network.getSlug()) + "?fait=desabonne");
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException refused) {
            response.sendError(ErrorStatus.of(refused));
        }
    }

    private void write(Network network, Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        list.requireInside(network, caller);
        Map<String, String> typed = new HashMap<>();
        List<StagedFile> files = new ArrayList<>();
        try {
            ContentStore.checkDeclaredLength(request.getContentLengthLong(),
                    settings.maxUploadBytes() * ListInput.MAX_ATTACHMENTS);
            for (String field : List.of("subject", "message")) {
                Optional.ofNullable(field(request, field)).ifPresent(v -> typed.put(field, v));
            }
            ListInput input = new ListInput(typed.get("subject"), typed.get("message"));
            Map<String, String> errors = FormErrors.of(validator, input, ListInput.FIELDS);
            if (!errors.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                showArchive(network, caller, typed, FormFeedback.fields(errors), null, request, response);
                return;
            }
            stage(request, files);
            ListMessage written = list.write(network, caller, input, files);
            response.sendRedirect(ListPaths.archive(network.getSlug()) + "?fait="
                    + (written.getStatus() == ListMessageStatus.SENT ? "envoye" : "attente"));
        } catch (DomainException refusal) {
            if (refusal instanceof Forbidden) {
                throw refusal;
            }
            FormFeedback feedback = PortalForms.refusal(refusal, response, FIELDS);
            showArchive(network, caller, typed, feedback, null, request, response);
        } finally {
            files.forEach(StagedFile::close);
        }
    }

    /**
     * A text field of the multipart form, read from its part: the request filters before the forward read the
     * parameters when no servlet with a multipart configuration was the target yet.
     */
    private String field(HttpServletRequest request, String name) throws IOException {
        Part part;
        try {
            part = request.getPart(name);
        } catch (ServletException notMultipart) {
            return request.getParameter(name);
        } catch (IllegalStateException e) {
            throw ContentStore.tooLarge(settings.maxUploadBytes());
        }
        if (part == null) {
            return request.getParameter(name);
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            return new String(bytes, 0, Math.min(bytes.length, MAX_FIELD_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** The non-empty parts named file, staged; more than allowed is the service's refusal. */
    private void stage(HttpServletRequest request, List<StagedFile> files) throws IOException, ServletException {
        List<Part> parts;
        try {
            parts = request.getParts().stream().filter(p -> "file".equals(p.getName()) && p.getSize() > 0).toList();
        } catch (IllegalStateException e) {
            throw ContentStore.tooLarge(settings.maxUploadBytes());
        }
        for (Part part : parts) {
            try (InputStream in = part.getInputStream()) {
                files.add(contents.stage(in, part.getSubmittedFileName(), settings.maxUploadBytes()));
            }
        }
    }

    private void decide(Network network, Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        list.requireAnimator(network, caller);
        String action = String.valueOf(request.getParameter("action"));
        String back = ListPaths.moderation(network.getSlug());
        if (action.equals("reglage")) {
            list.moderate(network.getSlug(), request.getParameter("moderated") != null, caller);
            response.sendRedirect(back + "?fait=reglage");
            return;
        }
        String id = String.valueOf(request.getParameter("id"));
        if (!id.matches("\\d{1,18}") || !Set.of("envoyer", "refuser").contains(action)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!Confirmation.given(request)) {
            boolean send = action.equals("envoyer");
            Confirmation.ask(send ? "list.approve.question" : "list.reject.question", network.getName(),
                    send ? "list.approve.confirm" : "list.reject.confirm", back, asAddressed(request), response);
            return;
        }
        try {
            if (action.equals("envoyer")) {
                list.approve(network, Long.parseLong(id), caller);
            } else {
                list.reject(network, Long.parseLong(id), caller, request.getParameter("reason"));
            }
            response.sendRedirect(back + "?fait=" + (action.equals("envoyer") ? "envoye" : "refuse"));
        } catch (DomainException refusal) {
            showModeration(network, caller, null, PortalForms.refusal(refusal, response), request, response);
        }
    }

    private void showArchive(Network network, Caller caller, Map<String, String> typed, FormFeedback feedback,
            String notice, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<ListMessageView> messages = views.of(list.archive(network, caller));
        CsrfToken.expose(request);
        Views.render("network/list", new ListPage(network.getSlug(), network.getName(), messages, typed, feedback,
                network.isListModerated(), list.animates(network, caller), notice, ListInput.MAX_ATTACHMENTS,
                settings.maxUploadBytes() / (1024 * 1024)), request, response);
    }

    private void showModeration(Network network, Caller caller, String notice, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        List<ListMessageView> pending = views.of(list.pending(network, caller));
        CsrfToken.expose(request);
        Views.render("network/list-moderation", new ListModerationPage(network.getSlug(), network.getName(), pending,
                network.isListModerated(), notice, feedback), request, response);
    }

    /** The request as the browser addressed it: the confirmation page posts again there, not to the forward's path. */
    private static HttpServletRequest asAddressed(HttpServletRequest request) {
        String original = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return original == null ? super.getRequestURI() : original;
            }
        };
    }

    /**
     * The network of the path, for a request forwarded by {@link ListPathFilter} (the list has one address); a
     * visitor goes to the login page first. Otherwise a 404 (or the redirect) has been sent.
     */
    private Optional<Target> target(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Matcher matched = PATH.matcher(String.valueOf(request.getPathInfo()));
        Optional<Network> network = original != null && matched.matches() && matched.group(1).length() <= 80
                ? list.find(matched.group(1)) : Optional.empty();
        if (network.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        if (request.getUserPrincipal() == null) {
            String back = String.valueOf(original);
            response.sendRedirect(Routes.LOGIN + "?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return Optional.empty();
        }
        return Optional.of(new Target(network.get(), matched.group(2) == null ? "" : matched.group(2)));
    }
}
