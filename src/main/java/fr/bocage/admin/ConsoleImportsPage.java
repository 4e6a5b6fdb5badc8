package fr.bocage.admin;

import fr.bocage.imports.ImportRoot;
import fr.bocage.imports.ImportView;
import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * The console's imports page: the folders one may import, what was chosen (« folder/manifest.csv »), the latest jobs.
 */
public record ConsoleImportsPage(List<ImportRoot.Folder> folders, String source, boolean publish,
        List<ImportView> recent, FormFeedback feedback) {
}
