package cn.daxiang.justice.devsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the platform database and applies the roles-and-schemas script, idempotently. The same
 * script serves docker-compose, so the three ways of running the platform share one layout.
 */
public final class DatabaseInit {

    public static final String DATABASE = "judicial";
    static final String SCRIPT = "/db-init/01-roles-and-schemas.sql";

    private DatabaseInit() {
    }

    /** @param serverUrl a superuser JDBC URL to any database of the server, e.g. {@code jdbc:postgresql://localhost:5432/postgres} */
    public static void apply(String serverUrl, String superUser, String password) throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl, superUser, password);
             Statement st = admin.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + DATABASE);
            }
        }
        try (Connection db = DriverManager.getConnection(databaseUrl(serverUrl), superUser, password);
             Statement st = db.createStatement()) {
            st.execute(script());
        }
    }

    /** The URL of the platform database on the same server as {@code serverUrl}. */
    public static String databaseUrl(String serverUrl) {
        int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
        return serverUrl.substring(0, slash + 1) + DATABASE;
    }

    static String script() {
        try (InputStream in = DatabaseInit.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
