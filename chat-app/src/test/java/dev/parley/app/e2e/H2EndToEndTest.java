package dev.parley.app.e2e;

import dev.parley.app.Settings;
import java.util.Optional;

/** The end-to-end walk on the default embedded H2 file database. */
class H2EndToEndTest extends EndToEndScenarios {

    @Override
    protected Optional<Settings.Database> database() {
        return Optional.empty();
    }
}
