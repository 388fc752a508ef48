package dev.parley.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings: which database {@link JdbiPersistence} connects to and how many connections it may hold.
 * Only H2 ({@code jdbc:h2:}) and PostgreSQL ({@code jdbc:postgresql:}) URLs are accepted, and an H2
 * URL may not carry {@code INIT=}, which would run arbitrary SQL at connect time. User and password
 * are never null (H2 accepts empty ones); neither the password nor the URL's parameters appear in
 * {@link #toString()}.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    public static final int DEFAULT_POOL_SIZE = 10;

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith(H2_PREFIX) && !jdbcUrl.startsWith(POSTGRES_PREFIX)) {
            throw new IllegalArgumentException(
                    "Unsupported database URL: it must start with " + H2_PREFIX + " or " + POSTGRES_PREFIX);
        }
        if (jdbcUrl.startsWith(H2_PREFIX) && jdbcUrl.toUpperCase(Locale.ROOT).contains("INIT=")) {
            throw new IllegalArgumentException("An H2 database URL may not contain INIT=");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
        }
    }

    /**
     * An H2 database in the files {@code parley.*} inside {@code dataDir}, which H2 creates if needed.
     * Every commit is written out at once ({@code WRITE_DELAY=0}), so it survives the process being
     * killed; appends racing for one conversation wait up to ten seconds for its lock; and the
     * database stays open until {@link JdbiPersistence#close()}, not just until a JVM shutdown hook
     * of H2's own runs, so an orderly shutdown can finish its last writes.
     */
    public static DatabaseSettings h2File(Path dataDir) {
        String directory = dataDir.toAbsolutePath().normalize().toString();
        if (directory.indexOf(';') >= 0) {
            // A semicolon would start another H2 setting inside the URL.
            throw new IllegalArgumentException("The data directory path may not contain ';': " + directory);
        }
        String url = H2_PREFIX + "file:" + directory.replace('\\', '/') + "/parley"
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
        return new DatabaseSettings(url, "parley", "", DEFAULT_POOL_SIZE);
    }

    /** True for a PostgreSQL URL, false for H2. */
    public boolean isPostgres() {
        return jdbcUrl.startsWith(POSTGRES_PREFIX);
    }

    /** The URL without its parameters, which may hold credentials: safe to log. */
    public String describe() {
        int parameters = jdbcUrl.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = jdbcUrl.indexOf(separator);
            if (at >= 0) {
                parameters = Math.min(parameters, at);
            }
        }
        return jdbcUrl.substring(0, parameters);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + describe() + ", user=" + user + ", password=<redacted>, maxPoolSize="
                + maxPoolSize + "]";
    }
}
