package cn.daxiang.justice.devsupport;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDatabaseTest {

    @Test
    void createsOneSchemaPerServiceAndIsolatesTheRoles() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startEphemeral()) {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "corrections_app", "corrections_app_dev")) {
                List<String> schemas = new ArrayList<>();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT nspname FROM pg_namespace WHERE nspname IN ('corrections','mediation','legalaid','evaluation') ORDER BY 1");
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
                assertEquals(List.of("corrections", "evaluation", "legalaid", "mediation"), schemas);
                SQLException denied = assertThrows(SQLException.class,
                        () -> c.createStatement().execute("CREATE TABLE mediation.intruder (id int)"));
                assertEquals("42501", denied.getSQLState());
                assertThrows(SQLException.class, () -> c.createStatement().execute("CREATE TABLE public.intruder (id int)"));
            }
            // The script is idempotent: running it again on a live server changes nothing and does not fail.
            DatabaseInit.apply("jdbc:postgresql://localhost:" + db.port() + "/postgres", "postgres", "postgres");
        }
    }

    @Test
    void devTokenHasThreeSegments() {
        String token = DevTokens.token("alice", "district-admin", "430503000000");
        assertEquals(3, token.split("\\.").length);
        assertTrue(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1])).contains("\"org_unit\":\"430503000000\""));
    }
}
