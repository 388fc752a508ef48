package dev.parley.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.core.port.out.BlobStore;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.CredentialRepository;
import dev.parley.core.port.out.FileRepository;
import dev.parley.core.port.out.MessageRepository;
import dev.parley.core.port.out.PromptRepository;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UsageRepository;
import dev.parley.core.port.out.UserRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter facade: the SQL store behind the core's repositories and transactions. It owns a
 * connection pool, brings the schema up to date when opened, and hands out port implementations that
 * share one transaction per thread. Thread-safe; {@link #close()} releases the pool.
 */
public final class JdbiPersistence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiPersistence.class);

    private final HikariDataSource pool;
    private final UserRepository users;
    private final CredentialRepository credentials;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final UsageRepository usage;
    private final PromptRepository prompts;
    private final FileRepository files;
    private final Transactions transactions;
    private final BlobStore blobs;

    private JdbiPersistence(HikariDataSource pool) {
        this.pool = pool;
        Handles handles = new Handles(Jdbi.create(pool));
        this.users = new JdbiUserRepository(handles);
        this.credentials = new JdbiCredentialRepository(handles);
        this.conversations = new JdbiConversationRepository(handles);
        this.messages = new JdbiMessageRepository(handles);
        this.usage = new JdbiUsageRepository(handles);
        this.prompts = new JdbiPromptRepository(handles);
        this.files = new JdbiFileRepository(handles);
        this.transactions = new JdbiTransactions(handles);
        this.blobs = new JdbiBlobStore(handles);
    }

    /**
     * Connects to the database and applies any migration it has not had yet.
     *
     * @throws org.flywaydb.core.api.FlywayException when the schema cannot be brought up to date
     * @throws RuntimeException from the pool when the database cannot be reached
     */
    public static JdbiPersistence open(DatabaseSettings settings) {
        HikariDataSource pool = new HikariDataSource(poolConfig(settings));
        try {
            MigrateResult migration = Flyway.configure(JdbiPersistence.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info("Opened {} at schema version {} ({} migrations applied now)", settings.describe(),
                    migration.targetSchemaVersion, migration.migrationsExecuted);
            return new JdbiPersistence(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley-db");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        // Naming the driver keeps working when a fat jar has lost the drivers' service files.
        if (settings.isPostgres()) {
            config.setDriverClassName("org.postgresql.Driver");
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        } else {
            config.setDriverClassName("org.h2.Driver");
        }
        return config;
    }

    public UserRepository users() {
        return users;
    }

    public CredentialRepository credentials() {
        return credentials;
    }

    public ConversationRepository conversations() {
        return conversations;
    }

    public MessageRepository messages() {
        return messages;
    }

    public UsageRepository usage() {
        return usage;
    }

    /** The prompt library, holding the system templates the migrations ship. */
    public PromptRepository prompts() {
        return prompts;
    }

    /** Uploaded files' records; their bytes are the blob store's. */
    public FileRepository files() {
        return files;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Files' bytes in the database, for deployments whose nodes share it (else see {@link FilesystemBlobStore}). */
    public BlobStore blobs() {
        return blobs;
    }

    /** Closes every pooled connection; an H2 file database is closed with its last connection. */
    @Override
    public void close() {
        pool.close();
    }
}
