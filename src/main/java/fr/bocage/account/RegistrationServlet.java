package fr.bocage.account;

import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.TooManyRequests;
import fr.bocage.platform.web.FormErrors;
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
@WebServlet({RegistrationServlet.PATH, RegistrationServlet.SENT, AccountMails.CONFIRM_PATH, RegistrationServlet.RESEND})
public class RegistrationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/inscription";
    static final String SENT = "/inscription/envoyee";
    static final String RESEND = "/inscription/renvoyer";

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Registration registration;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case PATH -> showForm(request, response);
            case SENT -> AccountPages.notice("register.sent", 200, request, response);
            case AccountMails.CONFIRM_PATH -> confirm(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case PATH -> register(request, response);
            case RESEND -> resend(request, response);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void register(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        NewRegistration input = new NewRegistration(request.getParameter("name"), request.getParameter("email"),
                request.getParameter("organisation"), request.getParameter("territory"),
                request.getParameter("password"), request.getParameter("acceptTerms") != null);
        Map<String, String> errors = FormErrors.of(validator, input);
        if (errors.isEmpty()) {
            try {
                registration.register(input, clientAddresses.of(request));
                AccountPages.seeOther(SENT, response);
                return;
            } catch (ApiException e) {
                if (e instanceof TooManyRequests tooMany) {
                    AccountPages.retryAfter(tooMany.retryAfter(), response);
                }
                response.setStatus(e.status().getStatusCode());
                request.setAttribute("error", e.getMessage());
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute("errors", errors);
        }
        showForm(request, response);
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

    private void showForm(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("territories", vocabularies.terms(VocabularyKind.TERRITORY));
        AccountPages.form("register", request, response);
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean confirmed = registration.confirm(request.getParameter(AccountMails.TOKEN_PARAMETER)).isPresent();
        AccountPages.notice(confirmed ? "register.confirmed" : "register.invalid",
                confirmed ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST, request, response);
    }
}
