package dev.parley.persistence;

import dev.parley.core.testing.PersistenceUnderTest;
import dev.parley.core.testing.PromptRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2PromptRepositoryTest extends PromptRepositoryContract {

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
