package fr.bocage.account;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Map;

/** The registration page, the page after it, the confirmation link of the e-mail, and sending that link again. */
@WebServlet({Routes.SIGN_UP, Routes.SIGN_UP_SENT, Routes.SIGN_UP_CONFIRM, Routes.SIGN_UP_RESEND})
public class SignUpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    SignUp registration;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case Routes.SIGN_UP -> showForm(FormFeedback.NONE, request, response);
            case Routes.SIGN_UP_SENT -> AccountPages.notice("register.sent", 200, request, response);
            case Routes.SIGN_UP_CONFIRM -> confirm(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case Routes.SIGN_UP -> register(request, response);
            case Routes.SIGN_UP_RESEND -> resend(request, response);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void register(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        NewRegistration input = new NewRegistration(request.getParameter("name"), request.getParameter("email"),
                request.getParameter("organisation"), request.getParameter("territory"),
                request.getParameter("password"), request.getParameter("acceptTerms") != null);
        Map<String, String> errors = FormErrors.of(validator, input, NewRegistration.FIELDS);
        FormFeedback feedback;
        if (errors.isEmpty()) {
            try {
                registration.register(input, clientAddresses.of(request));
                AccountPages.seeOther(Routes.SIGN_UP_SENT, response);
                return;
            } catch (DomainException e) {
                if (e instanceof TooManyRequests tooMany) {
                    AccountPages.retryAfter(tooMany.retryAfter(), response);
                }
                response.setStatus(ErrorStatus.of(e));
                feedback = FormFeedback.message(e.getMessage());
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            feedback = FormFeedback.fields(errors);
        }
        showForm(feedback, request, response);
    }

    private void resend(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            registration.resendVerification(request.getParameter("email"), clientAddresses.of(request));
            AccountPages.notice("register.resent", 200, request, response);
        } catch (TooManyRequests e) {
            AccountPages.mailThrottled(e, request, response);
        }
    }

    private void showForm(FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        AccountPages.form("register", new RegisterPage(feedback, vocabularies.terms(VocabularyKind.TERRITORY)),
                request, response);
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean confirmed = registration.confirm(request.getParameter(AccountMails.TOKEN_PARAMETER)).isPresent();
        AccountPages.notice(confirmed ? "register.confirmed" : "register.invalid",
                confirmed ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST, request, response);
    }
}
