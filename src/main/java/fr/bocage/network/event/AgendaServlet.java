package fr.bocage.network.event;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.FormOption;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agenda, /agenda: upcoming events first, soonest first; the past ones on the second tab (?periode=passes),
 * latest first. Filters by kind, format, territory, month and network (?reseau=slug); the calendar feed to subscribe
 * to; the link to the form that proposes one, for those who may.
 */
@WebServlet(AgendaRoutes.AGENDA)
public class AgendaServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The network filter's parameter, in French like the agenda's tabs: {@code ?reseau=haies-et-bocages}. */
    static final String NETWORK = "reseau";

    @Inject
    EventAgenda agenda;

    @Inject
    Vocabularies vocabularies;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Networks networks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = PortalForms.caller(request);
        boolean past = "passes".equals(request.getParameter("periode"));
        String month = request.getParameter("month");
        // A month that is no « yyyy-MM » matches nothing: refused quietly as none, never an error.
        AgendaFilter filter = new AgendaFilter(request.getParameter("kind"), request.getParameter("format"),
                request.getParameter("territory"), month != null && month.matches("\\d{4}-\\d{2}") ? month : null,
                request.getParameter(NETWORK));
        AgendaPage page = new AgendaPage(agenda.list(past, filter, caller), past,
                Arrays.stream(EventKind.values())
                        .map(k -> new FormOption(k.code(), k.label(), k.code().equals(filter.kind()))).toList(),
                Arrays.stream(EventFormat.values())
                        .map(f -> new FormOption(f.code(), f.label(), f.code().equals(filter.format()))).toList(),
                vocabularies.terms(VocabularyKind.TERRITORY).stream()
                        .map(t -> new FormOption(t.getCode(), t.getLabel(), t.getCode().equals(filter.territory())))
                        .toList(),
                networks.all().stream().map(n -> new FormOption(n.getSlug(), n.getName(),
                        n.getSlug().equals(filter.network()))).toList(),
                filter.month() == null ? "" : filter.month(), query(filter), AgendaRoutes.FEED,
                publicUrl.webcal(AgendaRoutes.FEED), mayPropose(request));
        Views.render("network/agenda", page, request, response);
    }

    /** Contributors, trainers, moderators and administrators propose events. */
    static boolean mayPropose(HttpServletRequest request) {
        return request.isUserInRole(Role.CONTRIBUTOR) || request.isUserInRole(Role.TRAINER)
                || request.isUserInRole(Role.MODERATOR) || request.isUserInRole(Role.ADMIN);
    }

    private static String query(AgendaFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", filter.kind());
        values.put("format", filter.format());
        values.put("territory", filter.territory());
        values.put("month", filter.month());
        values.put(NETWORK, filter.network());
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }
}
