package dev.parley.persistence;

import dev.parley.core.testing.FileRepositoryContract;
import dev.parley.core.testing.PersistenceUnderTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2FileRepositoryTest extends FileRepositoryContract {

    @TempDir
    Path dataDir;

    private JdbiPersistence persistence;

    @Override
    protected PersistenceUnderTest newPersistence() {
        persistence = JdbiPersistence.open(DatabaseSettings.h2File(dataDir));
        return Stores.portsOf(persistence);
    }

    @Override
    protected void closePersistence() {
        persistence.close();
    }
}
