package fr.bocage.network.newsletter;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.platform.web.CsrfFilter;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Subscribing (/lettre/abonnement, which the footer's « Abonnez-vous ! » opens with the address typed), the page of the
 * confirmation link (/lettre/confirmation) and of the unsubscribe link (/lettre/desabonnement). Links only show a
 * button: mail scanners follow them. The unsubscribe page also takes the one-click post of RFC 8058
 * ({@code List-Unsubscribe=One-Click}) that mail clients send from the {@code List-Unsubscribe-Post} header.
 */
@WebServlet({SubscriptionServlet.SUBSCRIBE, SubscriptionServlet.SUBSCRIBED, NewsletterMails.CONFIRM_PATH,
        NewsletterMails.UNSUBSCRIBE_PATH})
public class SubscriptionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String SUBSCRIBE = "/lettre/abonnement";
    static final String SUBSCRIBED = "/lettre/abonnement/envoye";

    @Inject
    SubscriptionService service;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case SUBSCRIBE -> form(service.token(), List.of(), request.getParameter("email"), FormFeedback.NONE,
                    request, response);
            case SUBSCRIBED -> notice("newsletter.page.subscribed.title", Messages.get("newsletter.subscribed"), false,
                    request, response);
            case NewsletterMails.CONFIRM_PATH -> tokenPage(NewsletterMails.CONFIRM_PATH, "confirm", request, response);
            default -> {
                String token = request.getParameter("jeton");
                if (!service.subscribedWith(token)) {
                    // Gone already, or a link that was never valid: nothing to ask.
                    notice("newsletter.page.unsubscribed.title", Messages.get("newsletter.unsubscribed.already"),
                            false, request, response);
                    return;
                }
                tokenPage(NewsletterMails.UNSUBSCRIBE_PATH, "unsubscribe", request, response);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case SUBSCRIBE -> subscribe(request, response);
            case NewsletterMails.CONFIRM_PATH -> act(() -> service.confirm(request.getParameter("jeton")),
                    "newsletter.page.confirmed.title", Messages.get("newsletter.confirmed"), request, response);
            case NewsletterMails.UNSUBSCRIBE_PATH -> unsubscribe(request, response);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void unsubscribe(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (CsrfFilter.isOneClickUnsubscribe(request)) {
            // RFC 8058: the mail provider's server posts; it reads the status only.
            try {
                service.unsubscribe(request.getParameter("jeton"));
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(Messages.get("newsletter.unsubscribed"));
            } catch (DomainException refused) {
                response.sendError(ErrorStatus.of(refused));
            }
            return;
        }
        act(() -> service.unsubscribe(request.getParameter("jeton")), "newsletter.page.unsubscribed.title",
                Messages.get("newsletter.unsubscribed"), request, response);
    }

    private void subscribe(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String[] themes = request.getParameterValues("themes");
        SubscriptionInput input = new SubscriptionInput(request.getParameter("email"),
                themes == null ? List.of() : Arrays.asList(themes), request.getParameter("consent") != null,
                request.getParameter("token"), request.getParameter("website"));
        var errors = FormErrors.of(validator, input, SubscriptionInput.FIELDS);
        FormFeedback feedback;
        if (errors.isEmpty()) {
            try {
                service.subscribe(input, clientAddresses.of(request));
                response.sendRedirect(SUBSCRIBED);
                return;
            } catch (RuntimeException refusal) {
                feedback = PortalForms.refusal(refusal, response);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            feedback = FormFeedback.fields(errors);
        }
        form(service.token(input.token()), input.themes(), request.getParameter("email"), feedback, request, response);
    }

    private void form(String token, List<String> chosen, String email, FormFeedback feedback,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        String typed = email == null ? null : email.strip();
        Views.render("network/newsletter/subscribe", new SubscribePage(token, service.themes(), chosen,
                typed == null || typed.length() > 320 ? null : typed, feedback), request, response);
    }

    private static void tokenPage(String action, String kind, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        String token = request.getParameter("jeton");
        if (token == null || token.isBlank() || token.length() > 100) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CsrfToken.expose(request);
        Views.render("network/newsletter/token", new TokenPage(action, token.strip(), kind), request, response);
    }

    private static void act(Runnable action, String titleKey, String done, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        try {
            action.run();
            notice(titleKey, done, false, request, response);
        } catch (DomainException refused) {
            response.setStatus(ErrorStatus.of(refused));
            notice("newsletter.page.refused.title", refused.getMessage(), true, request, response);
        }
    }

    private static void notice(String titleKey, String message, boolean error, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        Views.render("network/newsletter/notice", new NoticePage(titleKey, message, error), request, response);
    }
}
