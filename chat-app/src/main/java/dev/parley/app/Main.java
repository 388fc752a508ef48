package dev.parley.app;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point of {@code java -jar parley.jar}: reads the settings and runs the server until stopped. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        try {
            Settings settings = SettingsLoader.fromSystem();
            ParleyServer server = ParleyServer.start(settings, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(server::close));
        } catch (RuntimeException e) {
            LOG.error("Parley could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
