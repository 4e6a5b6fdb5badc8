package fr.bocage.admin;

import fr.bocage.imports.ImportJob;
import fr.bocage.imports.ImportRoot;
import fr.bocage.imports.ImportService;
import fr.bocage.imports.ImportView;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The console's imports: the folders of the import folder that hold a manifest, the start of an import of one of
 * them, and the latest jobs. A started import is followed on its own page ({@code /moderation/imports/{id}}), which
 * the imports of actors and actions share.
 */
@WebServlet(Routes.ADMIN_IMPORTS)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN))
public class ImportConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int RECENT = 10;

    @Inject
    ImportService imports;

    @Inject
    ImportRoot root;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(null, false, FormFeedback.NONE, request, response);
    }

    /** {@code source} is a folder and its manifest, « folder/manifest.csv », as the form's list offers them. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String source = request.getParameter("source");
        boolean publish = request.getParameter("publish") != null;
        try {
            int slash = source == null ? -1 : source.indexOf('/');
            if (slash <= 0) {
                throw new InvalidInput(Messages.get("console.import.source.required"));
            }
            ImportJob job = imports.start(source.substring(0, slash), source.substring(slash + 1), publish,
                    request.getUserPrincipal().getName());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", Routes.IMPORTS + "/" + job.getId());
        } catch (DomainException refused) {
            response.setStatus(ErrorStatus.of(refused));
            show(source, publish, FormFeedback.message(refused.getMessage()), request, response);
        }
    }

    private void show(String source, boolean publish, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        List<ImportView> recent = imports.recent(RECENT).stream().map(job -> ImportView.of(job, false)).toList();
        ConsolePages.render("imports", new ConsoleImportsPage(root.folders(), source, publish, recent, feedback),
                request, response);
    }
}
