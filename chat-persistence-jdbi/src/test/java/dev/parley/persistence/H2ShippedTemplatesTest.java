package dev.parley.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ShippedTemplatesTest extends AbstractShippedTemplatesTest {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseSettings newDatabase() {
        return DatabaseSettings.h2File(dataDir);
    }
}
