package fr.bocage.imports;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Progress;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import page ({@code /moderation/imports}): moderators and administrators send a CSV of actors or actions (with
 * a template per kind), administrators may also start the import of a server folder of documents; then
 * {@code /moderation/imports/{id}} shows the job's progress (refreshed live) and each row not imported with its
 * reason, which {@code /moderation/imports/{id}/lignes-refusees.csv} gives as a spreadsheet.
 */
@WebServlet({Routes.IMPORTS, Routes.IMPORTS + "/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.ADMIN, Role.MODERATOR}))
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ImportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int RECENT = 10;
    /** {@code /{id}}: the job's page; {@code /{id}/lignes-refusees.csv}: its rows not imported, as a spreadsheet. */
    private static final Pattern JOB_PATH = Pattern.compile("/(\\d{1,18})(/lignes-refusees\\.csv)?");

    @Inject
    ImportService imports;

    @Inject
    ImportKinds kinds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || "/".equals(path)) {
            show("actors", true, null, FormFeedback.NONE, request, response);
            return;
        }
        Matcher asked = JOB_PATH.matcher(path);
        Optional<ImportJob> job = asked.matches() ? imports.find(Long.parseLong(asked.group(1))) : Optional.empty();
        if (job.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImportView view = ImportView.of(job.get(), true);
        if (asked.group(2) != null) {
            response.setContentType(RefusedRowsCsv.MEDIA_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + RefusedRowsCsv.fileName(view) + "\"");
            response.getWriter().write(RefusedRowsCsv.of(view));
            return;
        }
        Progress progress = Progress.of(view.processed(), view.total(), view.percent(), "running".equals(view.state()),
                view.startedAt(), view.finishedAt(), Instant.now());
        String back = ImportKinds.DOCUMENTS.equals(view.kind()) && request.isUserInRole(Role.ADMIN) ? Routes.ADMIN_IMPORTS
                : Routes.IMPORTS;
        Views.render("imports/job", new ImportJobPage(view, progress, Routes.IMPORTS + "/" + view.id(), back), request,
                response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Caller caller = Caller.of(request.getUserPrincipal(), request::isUserInRole);
        String kind = Optional.ofNullable(request.getParameter("kind")).orElse("");
        boolean publish = request.getParameter("publish") != null;
        String folder = request.getParameter("folder");
        try {
            ImportJob job;
            if (ImportKinds.DOCUMENTS.equals(kind)) {
                if (!caller.admin()) {
                    throw new Forbidden(Messages.get("import.documents.admin"));
                }
                job = imports.start(folder, request.getParameter("csv"), publish, caller.username());
            } else {
                Part file = request.getPart("file");
                if (file == null || file.getSize() == 0) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    show(kind, publish, folder, FormFeedback.fields(Map.of("file", Messages.get("import.kind.file"))),
                            request, response);
                    return;
                }
                job = imports.start(kind, KindCsv.decode(file.getInputStream()), file.getSubmittedFileName(), publish,
                        caller);
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", Routes.IMPORTS + "/" + job.getId());
        } catch (DomainException refused) {
            response.setStatus(ErrorStatus.of(refused));
            show(kind, publish, folder, FormFeedback.message(refused.getMessage()), request, response);
        }
    }

    private void show(String kind, boolean publish, String folder, FormFeedback feedback, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        List<ImportFormPage.KindChoice> choices = kinds.all().stream()
                .map(k -> new ImportFormPage.KindChoice(k.name(), "/api/imports/templates/" + k.name() + ".csv"))
                .toList();
        List<ImportView> recent = imports.recent(RECENT).stream().map(j -> ImportView.of(j, false)).toList();
        Views.render("imports/form", new ImportFormPage(choices, request.isUserInRole(Role.ADMIN), kind, publish,
                folder, recent, feedback), request, response);
    }
}
