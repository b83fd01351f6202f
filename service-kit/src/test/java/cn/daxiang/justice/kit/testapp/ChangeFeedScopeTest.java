package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.kit.sync.ChangeFeedAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change feed of a township is read through its own index range (audit_log_feed_township_idx):
 * a quiet township's poll is one index probe however much the others write, its cursor keeps up with
 * the log without skipping a late commit, and the scope is matched as before.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ChangeFeedScopeTest {

    static final String CHANGES = "/test/sync/samples/changes";
    // division codes no other test class writes in
    static final String QUIET = "430503610000";
    static final String NEIGHBOUR = "430503611000";
    static final String VILLAGE = "430503610201";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.flyway.username")
    String migrator;

    @ConfigProperty(name = "quarkus.flyway.password")
    String migratorPassword;

    @Test
    void aQuietTownshipsPollIsOneProbeOfTheTownshipIndexWhateverTheOthersWrite() throws Exception {
        // 30,000 changes of 30 busy townships, in 30 transactions, after the quiet one's only change
        String type = "FeedPlanProbe";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_log (actor, action, entity_type, entity_id, org_unit) VALUES ('t', 'CREATE', '"
                    + type + "', 'quiet', '430503620000')");
            for (int tx = 0; tx < 30; tx++) {
                s.execute("INSERT INTO audit_log (actor, action, entity_type, entity_id, org_unit) SELECT 't', 'CREATE', '" + type
                        + "', g::text, '430503' || (500 + g % 30) || '000' FROM generate_series(1, 1000) g");
            }
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, migrator, migratorPassword); Statement s = c.createStatement()) {
            s.execute("ANALYZE audit_log");
        }
        String cursorXid;
        long cursorId;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT xid::text, id FROM audit_log WHERE entity_id = 'quiet' AND entity_type = '" + type + "'")) {
            rs.next();
            cursorXid = rs.getString(1);
            cursorId = rs.getLong(2);
        }
        // the statement as the service sends it, with the quiet township's cursor: custom and generic plan
        String sql = ChangeFeedAccess.statement(true);
        for (int n = 6; n >= 1; n--) {
            sql = sql.replace("?" + n, "$" + n);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("PREPARE feed (varchar, varchar, varchar, bigint, integer, varchar) AS " + sql);
            for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                s.execute("SET plan_cache_mode = " + mode);
                JsonNode plan;
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE feed ('" + type
                        + "', '430503620%', '" + cursorXid + "', " + cursorId + ", 100, '430503620')")) {
                    rs.next();
                    plan = new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
                }
                List<String> scans = new ArrayList<>();
                collectScans(plan, scans);
                assertTrue(scans.contains("Index Scan audit_log_feed_township_idx"), mode + ": " + scans);
                assertFalse(scans.stream().anyMatch(x -> x.startsWith("Seq Scan")), mode + ": " + scans);
                long buffers = plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong();
                assertTrue(buffers <= 10, mode + ": a quiet poll read " + buffers + " buffers");
            }
            s.execute("DEALLOCATE feed");
            s.execute("RESET plan_cache_mode");
        }
    }

    static void collectScans(JsonNode node, List<String> scans) {
        String type = node.get("Node Type").asText();
        if (type.contains("Scan")) {
            scans.add(type + (node.has("Index Name") ? " " + node.get("Index Name").asText() : ""));
        }
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> collectScans(child, scans));
        }
    }

    @Test
    void anExhaustedPageMovesAQuietTownshipsCursorUpToTheLogWithoutSkippingALateCommit() throws Exception {
        String reader = "430503612000";
        String before = poll(reader, null).getString("nextCursor");
        UUID other;
        try (Connection c = dataSource.getConnection()) {
            other = insert(c, NEIGHBOUR);
        }
        // a writer takes its transaction id for the reader's township and commits last
        Connection slow = dataSource.getConnection();
        slow.setAutoCommit(false);
        UUID late = insert(slow, reader);
        BigInteger slowXid;
        try (Statement s = slow.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_current_xact_id()::text")) {
            rs.next();
            slowXid = new BigInteger(rs.getString(1));
        }
        // meanwhile the neighbour writes and commits again
        try (Connection c = dataSource.getConnection()) {
            insert(c, NEIGHBOUR);
        }
        JsonPath quiet = poll(reader, before);
        assertTrue(quiet.getList("changes").isEmpty());
        String moved = quiet.getString("nextCursor");
        assertTrue(xid(moved).compareTo(auditXid(other)) > 0, "an exhausted page moves the cursor past what is done: " + before + " -> " + moved);
        assertTrue(xid(moved).compareTo(slowXid) <= 0, "but never past a running transaction: " + moved + ", running " + slowXid);
        slow.commit();
        slow.close();

        JsonPath page = poll(reader, moved);
        assertEquals(List.of(late.toString()), page.getList("changes.id"), "the late commit must not be skipped");
        JsonPath after = poll(reader, page.getString("nextCursor"));
        assertTrue(after.getList("changes").isEmpty());
        assertTrue(xid(after.getString("nextCursor")).compareTo(slowXid) > 0, "now past the late commit: " + after.getString("nextCursor"));
    }

    @Test
    void theFeedOfATownshipAVillageAndTheDistrictMatchesTheirScopesAsBefore() throws Exception {
        UUID township;
        UUID village;
        UUID neighbour;
        try (Connection c = dataSource.getConnection()) {
            township = insert(c, QUIET);
            village = insert(c, VILLAGE);
            neighbour = insert(c, NEIGHBOUR);
        }
        assertEquals(List.of(township.toString(), village.toString()), changeIds("township-clerk", QUIET, 5));
        assertEquals(List.of(village.toString()), changeIds("township-clerk", VILLAGE, 5));
        assertEquals(List.of(neighbour.toString()), changeIds("township-clerk", NEIGHBOUR, 5).stream()
                .filter(id -> List.of(township.toString(), village.toString(), neighbour.toString()).contains(id)).toList());
        assertEquals(List.of(township.toString(), village.toString(), neighbour.toString()),
                changeIds("district-admin", "430503000000", 1000).stream()
                        .filter(id -> List.of(township.toString(), village.toString(), neighbour.toString()).contains(id)).toList());
    }

    /** Every change id the caller's feed holds, pulled from the beginning in pages of {@code limit}. */
    static List<String> changeIds(String role, String orgUnit, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        while (true) {
            RequestSpecification spec = as(role, orgUnit).queryParam("limit", limit);
            if (cursor != null) {
                spec = spec.queryParam("since", cursor);
            }
            JsonPath page = spec.get(CHANGES).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            if (changes.isEmpty()) {
                return ids;
            }
            changes.forEach(change -> ids.add((String) change.get("id")));
            cursor = page.getString("nextCursor");
        }
    }

    static JsonPath poll(String orgUnit, String since) {
        RequestSpecification spec = as("township-clerk", orgUnit);
        if (since != null) {
            spec = spec.queryParam("since", since);
        }
        return spec.get(CHANGES).then().statusCode(200).extract().jsonPath();
    }

    static BigInteger xid(String cursor) {
        return new BigInteger(cursor.substring(0, cursor.indexOf('-')));
    }

    BigInteger auditXid(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT xid::text FROM audit_log WHERE entity_id = ?")) {
            st.setString(1, id.toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new BigInteger(rs.getString(1));
            }
        }
    }

    /** A sample and its audit row, as the service writes them, on the connection (in its transaction if one is open). */
    static UUID insert(Connection c, String orgUnit) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO sample (id, org_unit, version, name, kind, amount, happened_on, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, 1, '样', 'ALPHA', 1, DATE '2021-01-01', now(), 'a', now(), 'a')""")) {
            st.setObject(1, id);
            st.setString(2, orgUnit);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO audit_log (actor, action, entity_type, entity_id, entity_version, org_unit)
                VALUES ('a', 'CREATE', 'Sample', ?, 1, ?)""")) {
            st.setString(1, id.toString());
            st.setString(2, orgUnit);
            st.executeUpdate();
        }
        return id;
    }
}
