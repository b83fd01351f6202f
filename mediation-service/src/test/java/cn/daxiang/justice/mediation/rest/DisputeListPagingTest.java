package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispute list read by keyset cursor, and the index that makes a township's newest page cheap. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DisputeListPagingTest {

    static final String PATH = DisputeResourceTest.PATH;

    @Inject
    AgroalDataSource dataSource;

    List<String> sql(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            try (ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    @Test
    void aTownshipsDisputesFollowedByNextCursorComeOnceEachNewestFirstWithTheirParties() throws SQLException {
        UUID committee = committee(BANQIAO);
        for (int i = 0; i < 7; i++) {
            String body = DisputeResourceTest.body(UUID.randomUUID(), BANQIAO, committee, "")
                    .replace("2024-03-01", "2024-03-0" + (1 + i % 3));
            as("township-clerk", BANQIAO).body(body).post(PATH).then().statusCode(201);
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = admin().queryParam("orgUnit", BANQIAO).queryParam("size", 3);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(PATH).then().statusCode(200)
                    .extract().jsonPath();
            List<String> ids = page.getList("items.id");
            walked.addAll(ids);
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(2, page.getList("items[" + i + "].parties").size(), "every dispute of a cursor page has its parties");
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(sql("SELECT id FROM mediation.dispute WHERE org_unit LIKE '430503203%' ORDER BY registered_on DESC, id"), walked);
    }

    @Test
    void aTownshipsNewestPageReadsTheTownshipIndexInTheListsOrderWithoutASort() throws SQLException {
        // The condition ListQuery adds for a township, as Hibernate writes it, on the V7 index.
        String plan = String.join("\n", sql("""
                EXPLAIN SELECT * FROM mediation.dispute
                WHERE org_unit LIKE '430503%' AND org_unit LIKE '430503203%' AND left(org_unit, 9) = '430503203'
                ORDER BY registered_on DESC, id LIMIT 21"""));
        assertTrue(plan.contains("dispute_township_list_idx"), plan);
        assertFalse(plan.contains("Sort"), plan);
    }
}
