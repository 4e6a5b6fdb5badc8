package fr.bocage.account;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.web.ClientAddresses;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** « Mot de passe oublié » (asks for the address) and the page of the e-mailed link (sets the new password). */
@WebServlet({Routes.FORGOTTEN_PASSWORD, Routes.NEW_PASSWORD})
public class PasswordResetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PasswordReset reset;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (Routes.FORGOTTEN_PASSWORD.equals(request.getServletPath())) {
            AccountPages.form("forgotten-password", new ForgottenPasswordPage(FormFeedback.NONE), request, response);
        } else if (reset.isValid(token(request))) {
            showNewPasswordForm(FormFeedback.NONE, request, response);
        } else {
            AccountPages.notice("reset.invalid", HttpServletResponse.SC_BAD_REQUEST, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (Routes.FORGOTTEN_PASSWORD.equals(request.getServletPath())) {
            requestLink(request, response);
        } else {
            setPassword(request, response);
        }
    }

    /** The same answer whether the address has an account or not. */
    private void requestLink(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String email = request.getParameter("email");
        if (email == null || email.isBlank() || email.length() > 320) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            AccountPages.form("forgotten-password", new ForgottenPasswordPage(FormFeedback.fields(
                    Map.of("email", Messages.get("reset.email.missing")))), request, response);
            return;
        }
        try {
            reset.request(email, clientAddresses.of(request));
            AccountPages.notice("reset.requested", HttpServletResponse.SC_OK, request, response);
        } catch (TooManyRequests e) {
            AccountPages.mailThrottled(e, request, response);
        }
    }

    private void setPassword(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        NewPassword input = new NewPassword(request.getParameter("password"));
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator, input, List.of("password")));
        if (errors.isEmpty() && !Objects.equals(input.password(), request.getParameter("confirmation"))) {
            errors.put("confirmation", Messages.get("reset.mismatch"));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            showNewPasswordForm(FormFeedback.fields(errors), request, response);
        } else if (reset.reset(token(request), input.password())) {
            AccountPages.notice("reset.done", HttpServletResponse.SC_OK, request, response);
        } else {
            AccountPages.notice("reset.invalid", HttpServletResponse.SC_BAD_REQUEST, request, response);
        }
    }

    private static void showNewPasswordForm(FormFeedback feedback, HttpServletRequest request,
                                            HttpServletResponse response) throws ServletException, IOException {
        AccountPages.form("new-password", new NewPasswordPage(feedback, token(request)), request, response);
    }

    private static String token(HttpServletRequest request) {
        return request.getParameter(AccountMails.TOKEN_PARAMETER);
    }
}
