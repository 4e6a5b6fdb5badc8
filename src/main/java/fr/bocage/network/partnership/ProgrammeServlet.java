package fr.bocage.network.partnership;

import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** A programme's page at /programmes/{id}, with the published partnerships it funds. */
@WebServlet(ProgrammePages.PATH + "*")
public class ProgrammeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    PartnershipDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Programme> programme = PortalForms.id(request).flatMap(programmes::find);
        if (programme.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Programme p = programme.get();
        Views.render("network/programme", new ProgrammePage(ProgrammeView.of(p),
                Years.label(p.getStartYear(), p.getEndYear()),
                directory.published(p.getId(), PortalForms.caller(request)).stream().map(PartnershipCard::of).toList()),
                request, response);
    }
}
