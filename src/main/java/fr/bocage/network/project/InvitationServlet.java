package fr.bocage.network.project;

import fr.bocage.account.SessionLogin;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The page of an invitation's link, {@code /projets/invitation/{token}}: a signed-in visitor joins with their account;
 * otherwise they sign in and come back, or, when the invited address has no account, open one (verified by the link)
 * and join. Only the button's post acts; a used, expired, cancelled or unknown link says so with a 4xx status.
 */
@WebServlet(InvitationServlet.PATH + "*")
public class InvitationServlet extends HttpServlet {
    static final String PATH = "/projets/invitation/";
    private static final long serialVersionUID = 1L;
    private static final FormFields FIELDS = new FormFields(InvitedAccountInput.FIELDS, UnaryOperator.identity());

    @Inject
    ProjectInvitations invitations;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = token(request);
        try {
            render(token, invitations.open(token), FormFeedback.NONE, null, request, response);
        } catch (DomainException refused) {
            refuse(refused, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = token(request);
        ProjectInvitations.Opened opened;
        try {
            opened = invitations.open(token);
        } catch (DomainException refused) {
            refuse(refused, request, response);
            return;
        }
        String slug = opened.project().getSlug();
        try {
            if (request.getUserPrincipal() != null) {
                invitations.accept(token, request.getUserPrincipal().getName());
            } else {
                InvitedAccountInput input = PortalForms.valid(new InvitedAccountInput(request.getParameter("name"),
                        request.getParameter("password"), request.getParameter("acceptTerms") != null), validator);
                String username = invitations.acceptWithNewAccount(token, input).getUsername();
                SessionLogin.start(request, username);
            }
            response.sendRedirect(ProjectView.PATH + slug + ProjectSpaceRequests.SPACE);
        } catch (ConstraintViolationException invalid) {
            render(token, opened, PortalForms.refusal(invalid, response, FIELDS), request.getParameter("name"),
                    request, response);
        } catch (DomainException refused) {
            refuse(refused, request, response);
        }
    }

    /** The token of the path; an empty one is as unknown as any other. */
    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    private void render(String token, ProjectInvitations.Opened opened, FormFeedback feedback, String typed,
            HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String mode = request.getUserPrincipal() != null ? "join"
                : invitations.hasAccount(opened.invitation()) ? "signin" : "create";
        String login = Routes.LOGIN + "?retour=" + URLEncoder.encode(PATH + token, StandardCharsets.UTF_8);
        CsrfToken.expose(request);
        Views.render("network/project-invitation", new InvitationPage(null, token, opened.project().getTitle(),
                opened.organisation(), opened.invitation().getEmail(), mode, login, feedback, typed), request,
                response);
    }

    private static void refuse(DomainException refused, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setStatus(ErrorStatus.of(refused));
        Views.render("network/project-invitation", InvitationPage.refused(refused.getMessage()), request, response);
    }
}
