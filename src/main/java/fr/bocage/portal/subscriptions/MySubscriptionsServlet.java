package fr.bocage.portal.subscriptions;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Confirmation;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * « Mes abonnements » ({@value Routes#MY_SUBSCRIPTIONS}): the sections that the features contribute
 * ({@link SubscriptionSection}), and the one place their forms are posted to. Each post names its section and action;
 * the section applies it through its feature's service, then the page redirects with a confirmation (post, redirect,
 * get), or shows the refusal in French with the status the API would have answered.
 */
@WebServlet(Routes.MY_SUBSCRIPTIONS)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR, Role.CONTRIBUTOR, Role.TRAINER}))
public class MySubscriptionsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** {@code <section>.<code>}: a confirmation's key in the portal's bundle, and nothing else, is shown. */
    private static final Pattern DONE = Pattern.compile("[a-z]{1,20}\\.[a-z-]{1,30}");
    /** The fields the page itself reads; the rest is the section's. */
    private static final Set<String> OWN_FIELDS = Set.of(CsrfToken.FIELD, Confirmation.FIELD, "section", "action");

    @Inject
    Instance<SubscriptionSection> sections;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        render(done(request.getParameter("fait")), null, PortalForms.caller(request), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        Optional<SubscriptionSection> section = section(request.getParameter("section"));
        String action = request.getParameter("action");
        if (section.isEmpty() || action == null || action.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(null, Messages.get("subscriptions.unknown-change"), caller, request, response);
            return;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!OWN_FIELDS.contains(name)) {
                fields.put(name, Arrays.asList(values));
            }
        });
        try {
            Outcome outcome = section.get().act(caller, new Change(action.strip(), fields,
                    Confirmation.given(request)));
            if (outcome.asks()) {
                Confirmation.ask(outcome.question(), outcome.subject(), outcome.confirm(), Routes.MY_SUBSCRIPTIONS,
                        request, response);
                return;
            }
            String id = section.get().id();
            response.sendRedirect(Routes.MY_SUBSCRIPTIONS + "?fait=" + id + "." + outcome.done() + "#" + id);
        } catch (DomainException refused) {
            response.setStatus(ErrorStatus.of(refused));
            render(null, refused.getMessage(), caller, request, response);
        }
    }

    private void render(String done, String error, Caller caller, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        List<SubscriptionsPage.Section> shown = sections.stream()
                .sorted(Comparator.comparingInt(SubscriptionSection::position).thenComparing(SubscriptionSection::id))
                .map(s -> s.of(caller)).toList();
        Views.render("my-subscriptions", new SubscriptionsPage(done, error, shown), request, response);
    }

    private Optional<SubscriptionSection> section(String id) {
        return id == null ? Optional.empty() : sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The confirmation's text, when {@code fait} names one; anything else is ignored. */
    private static String done(String code) {
        if (code == null || !DONE.matcher(code).matches()) {
            return null;
        }
        String[] parts = code.split("\\.");
        try {
            return fr.bocage.portal.UiText.format("subscriptions." + parts[0] + ".done." + parts[1]);
        } catch (MissingResourceException unknown) {
            return null;
        }
    }
}
