package cn.daxiang.justice.devsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The platform's default database: an embedded PostgreSQL whose data survives restarts.
 * {@code ./platform up} runs {@link #main}; the tests use {@link #startEphemeral()}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port, initialised with the platform's roles and schemas. */
    public static EmbeddedDatabase startEphemeral() throws IOException, SQLException {
        return init(EmbeddedPostgres.builder().start());
    }

    /** A server keeping its files in {@code dataDir}; initialises it on first start only. */
    public static EmbeddedDatabase startPersistent(Path dataDir, int port) throws IOException, SQLException {
        return startPersistent(dataDir, port, null);
    }

    /** As above, with PostgreSQL's own server log appended to {@code serverLog} (null: discarded). */
    public static EmbeddedDatabase startPersistent(Path dataDir, int port, Path serverLog) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port);
        if (serverLog != null) {
            builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
        }
        EmbeddedPostgres pg = builder.start();
        return init(pg);
    }

    private static EmbeddedDatabase init(EmbeddedPostgres pg) throws SQLException {
        DatabaseInit.apply(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        return new EmbeddedDatabase(pg);
    }

    public int port() {
        return postgres.getPort();
    }

    /** The JDBC URL of the platform database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DatabaseInit.DATABASE;
    }

    /** Runs {@code sql} as the superuser, past every role's rights (a test's set-up). */
    public void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres"); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The first column of every row of {@code sql}, read as the superuser (a test's check of any schema). */
    public List<String> column(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** {@code EmbeddedDatabase DATA_DIR PORT [SERVER_LOG]}: runs until the process is asked to stop. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: EmbeddedDatabase DATA_DIR PORT [SERVER_LOG]");
            System.exit(2);
        }
        EmbeddedDatabase db = startPersistent(Path.of(args[0]), Integer.parseInt(args[1]), args.length == 3 ? Path.of(args[2]) : null);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.close();
            } catch (IOException e) {
                // stderr, not the logger: JUL resets its handlers in a shutdown hook of its own
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        LOG.log(System.Logger.Level.INFO, "embedded PostgreSQL ready at {0}", db.jdbcUrl());
        stopped.await();
    }
}
