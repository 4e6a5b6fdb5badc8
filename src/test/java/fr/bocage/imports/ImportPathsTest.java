package fr.bocage.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPathsTest {
    @TempDir
    Path server;

    /** Issue 12 #9: the check read names only, so a link inside the import folder led anywhere on the server. */
    @Test
    void aSymbolicLinkOutOfTheRootIsOutside() throws IOException {
        Path root = Files.createDirectories(server.resolve("import"));
        Path secrets = Files.createDirectories(server.resolve("etc"));
        Files.writeString(secrets.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(root.resolve("lien"), secrets);
        Files.createSymbolicLink(root.resolve("fichier.csv"), secrets.resolve("passwd"));

        assertEquals(Optional.empty(), ImportPaths.within(root, "lien"));
        assertEquals(Optional.empty(), ImportPaths.within(root, "lien/passwd"));
        assertEquals(Optional.empty(), ImportPaths.within(root, "fichier.csv"));
        assertEquals(Optional.empty(), ImportPaths.within(root, "../etc"));
    }

    @Test
    void pathsInsideStayAcceptedEvenThroughARootThatIsALink() throws IOException {
        Path share = Files.createDirectories(server.resolve("share"));
        Files.createDirectories(share.resolve("lot-1"));
        Files.createDirectories(share.resolve("lot-2"));
        Path root = Files.createSymbolicLink(server.resolve("import"), share);
        Files.createSymbolicLink(share.resolve("lot-1").resolve("voisin"), share.resolve("lot-2"));

        assertTrue(ImportPaths.within(root, "lot-1").isPresent());
        assertTrue(ImportPaths.within(root, "lot-1/manifeste.csv").isPresent(), "a file still to come");
        assertTrue(ImportPaths.within(root, "lot-1/voisin").isPresent(), "a link that stays inside");
    }
}
