package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.evaluation.LineStubs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.TOWNSHIPS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.PROBLEM;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a run with its townships (includeChildren) reaches the database: its inputs read once for all
 * the units, the child runs stored together in JDBC batches, and, when one child cannot be stored,
 * every other child still stored on its own. Months of 2018, which no other test evaluates.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class RunChildrenStorageTest {

    static final String CUIYUAN = "430503005000";

    @Inject
    SessionFactory sessions;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void resetBreakersAndStubs() {
        LineStubs.reset();
    }

    /** As the schema's owner, who may change its tables. */
    static void asMigrator(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Every line answers the district and each township for the month. */
    static void stubMonth(LocalDate from, LocalDate to) {
        List<String> units = new ArrayList<>(TOWNSHIPS);
        units.add(DISTRICT);
        for (String unit : units) {
            LineStubs.answerBoth(LineStubs.CORRECTIONS, unit, from, to, null, Map.of("corrections.subjects.active", 10));
            LineStubs.answerBoth(LineStubs.MEDIATION, unit, from, to, null,
                    Map.of("mediation.disputes.mediated", 20, "mediation.disputes.succeeded", unit.equals(LUOSHI) ? 19 : 17));
            LineStubs.answerBoth(LineStubs.LEGAL_AID, unit, from, to, null, Map.of("legalaid.cases.accepted", 3));
        }
    }

    static String body(int month, boolean children) {
        return "{\"orgUnit\":\"" + DISTRICT + "\",\"year\":2018,\"month\":" + month + ",\"includeChildren\":" + children + "}";
    }

    /** What one POST of a run cost in Hibernate's statistics: statements prepared, queries, transactions, rows inserted. */
    record Cost(long statements, long queries, long transactions, long inserts) {
    }

    Cost measure(Runnable post) {
        Statistics statistics = sessions.getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            post.run();
            return new Cost(statistics.getPrepareStatementCount(), statistics.getQueryExecutionCount(),
                    statistics.getTransactionCount(), statistics.getEntityInsertCount());
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    @Test
    void aRunWithItsTownshipsReadsItsInputsOnceForAllUnitsAndStoresTheChildRunsInOneTransaction() {
        LocalDate from = LocalDate.of(2018, 4, 1);
        LocalDate to = LocalDate.of(2018, 4, 30);
        stubMonth(from, to);
        RunResourceTest.manualFigure(LUOSHI, from, to, "reconsideration.received", "4");
        RunResourceTest.target(LUOSHI, 2018, "mediation.disputes.mediated", "200");
        RunResourceTest.target(CUIYUAN, 2018, "mediation.disputes.mediated", "150");

        Cost alone = measure(() -> as("evaluator", DISTRICT).body(body(4, false)).post(RUNS).then().statusCode(201));
        JsonPath[] run = new JsonPath[1];
        Cost withTownships = measure(() -> run[0] = as("evaluator", DISTRICT).body(body(4, true)).post(RUNS).then()
                .statusCode(201).extract().jsonPath());

        int children = TOWNSHIPS.size();
        assertEquals(alone.queries(), withTownships.queries(),
                "manual figures, targets, indicators and rules: one query each for the district and its 14 townships");
        assertEquals(alone.transactions() + 1, withTownships.transactions(), "the child runs in one more transaction, not one each");
        assertEquals(alone.inserts() + 2 * children, withTownships.inserts(), "a run and its audit row per township");
        // the child runs' inserts go in one JDBC batch (up to 50), their audit rows in another (their ids pooled), and at
        // most one more block of ids
        assertTrue(withTownships.statements() <= alone.statements() + 3,
                "statements prepared alone: " + alone + "; with the townships: " + withTownships);

        // the same runs as one by one: in the townships' order, each with its audit row, its own figures and targets
        List<String> childRunIds = run[0].getList("childRunIds", String.class);
        assertEquals(children, childRunIds.size());
        String parentRunId = run[0].getString("id");
        JsonPath parent = as("evaluator", DISTRICT).get(RUNS + "/" + parentRunId).then().statusCode(200).extract().jsonPath();
        assertEquals(childRunIds, parent.getList("childRunIds", String.class));
        List<String> audited = new ArrayList<>(List.of(parentRunId));
        audited.addAll(childRunIds);
        assertEquals(audited, Rows.strings(dataSource, "SELECT entity_id FROM audit_log WHERE entity_type = 'EvaluationRun'"
                + " AND action = 'CREATE' AND entity_id = ANY (?) ORDER BY id", (Object) audited.toArray(String[]::new)));
        for (int i = 0; i < children; i++) {
            JsonPath child = as("evaluator", DISTRICT).get(RUNS + "/" + childRunIds.get(i)).then().statusCode(200).extract().jsonPath();
            String unit = TOWNSHIPS.get(i);
            assertEquals(unit, child.getString("orgUnit"));
            assertEquals(parentRunId, child.getString("parentRunId"));
            assertEquals("COMPLETE", child.getString("status"));
            List<String> metrics = child.getList("metrics.name", String.class);
            assertEquals(unit.equals(LUOSHI), metrics.contains("reconsideration.received"), unit + ": manual figures are its own");
            assertEquals(unit.equals(LUOSHI) || unit.equals(CUIYUAN), metrics.contains("target:mediation.disputes.mediated"),
                    unit + ": targets are its own");
        }
        JsonPath luoshi = as("evaluator", DISTRICT).get(RUNS + "/" + childRunIds.get(TOWNSHIPS.indexOf(LUOSHI))).then().extract().jsonPath();
        assertEquals("200", luoshi.getString("metrics.find { it.name == 'target:mediation.disputes.mediated' }.value"));
        assertEquals("4", luoshi.getString("metrics.find { it.name == 'reconsideration.received' }.value"));
        assertFalse(parent.getList("metrics.name", String.class).contains("reconsideration.received"), "the district has none");
    }

    @Test
    void aTownshipRunThatCannotBeStoredLeavesTheParentAndEveryOtherTownshipStored() throws SQLException {
        LocalDate from = LocalDate.of(2018, 6, 1);
        LocalDate to = LocalDate.of(2018, 6, 30);
        stubMonth(from, to);
        // 翠园街道's run for June 2018 breaks a constraint: the fifth of 14, so runs after it are at stake too
        String constraint = "ALTER TABLE evaluation_run ADD CONSTRAINT test_cuiyuan_june_ck CHECK (org_unit <> '" + CUIYUAN
                + "' OR period_from <> DATE '2018-06-01') NOT VALID";
        asMigrator(constraint);
        try {
            as("evaluator", DISTRICT).body(body(6, true)).post(RUNS).then().statusCode(400).contentType(PROBLEM);
        } finally {
            asMigrator("ALTER TABLE evaluation_run DROP CONSTRAINT test_cuiyuan_june_ck");
        }
        List<String> parents = Rows.strings(dataSource, "SELECT id::text FROM evaluation_run WHERE org_unit = ? AND period_from = ?"
                + " AND parent_run_id IS NULL", DISTRICT, from);
        assertEquals(1, parents.size(), "the parent stays");
        List<String> stored = Rows.strings(dataSource, "SELECT org_unit FROM evaluation_run WHERE parent_run_id = ?::uuid"
                + " ORDER BY org_unit", parents.get(0));
        List<String> others = new ArrayList<>(TOWNSHIPS);
        others.remove(CUIYUAN);
        assertEquals(others, stored, "every township but the one that failed, those after it too");
        assertTrue(stored.contains(BANQIAO));
        assertEquals(others.size(), Rows.count(dataSource, "SELECT count(*) FROM audit_log a JOIN evaluation_run r ON a.entity_id = r.id::text"
                + " WHERE a.entity_type = 'EvaluationRun' AND r.parent_run_id = ?::uuid", parents.get(0)), "one audit row each");
        assertEquals(0, Rows.count(dataSource, "SELECT count(*) FROM evaluation_run WHERE org_unit = ? AND period_from = ?", CUIYUAN, from));
    }
}
