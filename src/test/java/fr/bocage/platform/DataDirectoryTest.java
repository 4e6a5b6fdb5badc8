package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @Test
    void aMissingSettingStopsTheStartWithTheVariableToSet() {
        for (Optional<String> setting : List.of(Optional.<String>empty(), Optional.of(" "))) {
            DataDirectory data = new DataDirectory();
            data.configured = setting;
            IllegalStateException refused = assertThrows(IllegalStateException.class, data::init);
            assertTrue(refused.getMessage().startsWith("BOCAGE_DATA_DIR is not set"), refused.getMessage());
        }
    }

    @Test
    void aNewFolderIsLaidOut(@TempDir Path temp) {
        DataDirectory data = new DataDirectory();
        data.configured = Optional.of(temp.resolve("data").toString());
        data.init();
        for (Path folder : new Path[] {data.files(), data.text(), data.index(), data.tmp(), data.outbox()}) {
            assertTrue(Files.isDirectory(folder), folder::toString);
        }
    }
}
