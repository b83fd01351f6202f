package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.evaluation.LineStubs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.TOWNSHIPS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.PROBLEM;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Completeness (issue 23): which offices reported each line for a run's period, a zero report (零报告) counting and a
 * missing one not; zero reports filed by the offices' own clerks. Months of 2015, which no other test evaluates.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class CompletenessTest {

    static final String ZERO_REPORTS = "/api/v1/evaluation/zero-reports";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void resetBreakersAndStubs() {
        LineStubs.reset();
    }

    /** Every office has records in each line in the month, except {@code idle}, with no legal-aid case at all. */
    static void stubMonth(LocalDate from, LocalDate to, List<String> idle) {
        List<String> units = new ArrayList<>(TOWNSHIPS);
        units.add(DISTRICT);
        for (String unit : units) {
            LineStubs.answerBoth(LineStubs.CORRECTIONS, unit, from, to, null, Map.of("corrections.subjects.active", 10));
            LineStubs.answerBoth(LineStubs.MEDIATION, unit, from, to, null, Map.of("mediation.screenings.reported", 1,
                    "mediation.screenings.zeroReports", 1));
            LineStubs.answerBoth(LineStubs.LEGAL_AID, unit, from, to, null,
                    Map.of("legalaid.cases.accepted", idle.contains(unit) ? 0 : 3, "legalaid.consultations", idle.contains(unit) ? 0 : 5));
        }
    }

    static String zeroReport(String orgUnit, String line, int year, int month) {
        return "{\"orgUnit\":\"%s\",\"line\":\"%s\",\"year\":%d,\"month\":%d,\"note\":\"本月无新受理法律援助案件\"}"
                .formatted(orgUnit, line, year, month);
    }

    @Test
    void anOfficeWithAZeroReportCountsAsReportedAndOneWithoutIsNamedAsMissing() {
        LocalDate from = LocalDate.of(2015, 5, 1);
        LocalDate to = LocalDate.of(2015, 5, 31);
        stubMonth(from, to, List.of(LUOSHI, CAIE));
        // 罗市镇 files its zero report for legal aid in May 2015; 蔡锷乡 does not
        as("township-clerk", LUOSHI).body(zeroReport(LUOSHI, "LEGAL_AID", 2015, 5)).post(ZERO_REPORTS).then().statusCode(201);

        JsonPath run = as("evaluator", DISTRICT).body(Map.of("orgUnit", DISTRICT, "year", 2015, "month", 5, "includeChildren", true))
                .post(RUNS).then().statusCode(201).extract().jsonPath();
        String legalAid = "completeness.find { it.line == 'LEGAL_AID' }";
        assertEquals(14, run.getInt(legalAid + ".expected"));
        assertEquals(13, run.getInt(legalAid + ".reported"));
        assertEquals(1, run.getInt(legalAid + ".zeroReported"));
        assertEquals(List.of(CAIE), run.getList(legalAid + ".missing.orgUnit", String.class));
        String caie = run.getString(legalAid + ".missing[0].name");
        assertEquals(14, run.getInt("completeness.find { it.line == 'MEDIATION' }.reported"), "screenings reported (零上报 included)");
        assertEquals(List.of(), run.getList("completeness.find { it.line == 'CORRECTIONS' }.missing"));
        // the run warns, naming the office
        assertEquals(List.of("LEGAL_AID"), run.getList("warnings.findAll { it.code == 'REPORTING_INCOMPLETE' }.line", String.class));
        assertTrue(run.getString("warnings.find { it.code == 'REPORTING_INCOMPLETE' }.message").contains(caie));
        // the child runs have none of it
        JsonPath child = as("evaluator", DISTRICT).get(RUNS + "/" + run.getList("childRunIds", String.class).get(0)).then()
                .statusCode(200).extract().jsonPath();
        assertNull(child.get("completeness"));

        // the report says it in 基本情况 and lists it under 存在问题
        JsonPath report = as("evaluator", DISTRICT).accept("application/json").get(RUNS + "/" + run.getString("id") + "/report")
                .then().statusCode(200).extract().jsonPath();
        String basics = String.join("\n", report.getList("basics", String.class));
        assertTrue(basics.contains("法律援助14个下级机构中13个已报送（含零报告1个），未报送：" + caie), basics);
        assertTrue(basics.contains("人民调解14个下级机构均已报送"), basics);
        assertTrue(report.getList("problems.text", String.class).stream().anyMatch(t -> t.contains("未填报零报告") && t.contains(caie)));
    }

    @Test
    void aZeroReportForOnlySomeMonthsOfTheQuarterDoesNotCount() {
        LocalDate from = LocalDate.of(2015, 7, 1);
        LocalDate to = LocalDate.of(2015, 9, 30);
        stubMonth(from, to, List.of(BANQIAO));
        as("township-clerk", BANQIAO).body(zeroReport(BANQIAO, "LEGAL_AID", 2015, 7)).post(ZERO_REPORTS).then().statusCode(201);
        as("township-clerk", BANQIAO).body(zeroReport(BANQIAO, "LEGAL_AID", 2015, 8)).post(ZERO_REPORTS).then().statusCode(201);
        JsonPath run = as("evaluator", DISTRICT).body(Map.of("orgUnit", DISTRICT, "year", 2015, "quarter", 3, "includeChildren", true))
                .post(RUNS).then().statusCode(201).extract().jsonPath();
        assertEquals(List.of(BANQIAO), run.getList("completeness.find { it.line == 'LEGAL_AID' }.missing.orgUnit", String.class),
                "September has no zero report");
    }

    @Test
    void aFiledZeroReportCannotBeDeletedEvenByTheServicesOwnRole() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            SQLException denied = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("DELETE FROM evaluation.zero_report WHERE year = 2015"));
            assertEquals("42501", denied.getSQLState(), denied.getMessage());
        }
    }

    @Test
    void aClerkFilesZeroReportsForItsOwnOfficeOnlyOncePerLineAndMonth() {
        long before = Rows.count(dataSource, "SELECT count(*) FROM zero_report");
        // another office's
        as("township-clerk", LUOSHI).body(zeroReport(CAIE, "MEDIATION", 2015, 2)).post(ZERO_REPORTS)
                .then().statusCode(403).contentType(PROBLEM);
        // no such month, no such line
        as("township-clerk", LUOSHI).body(zeroReport(LUOSHI, "MEDIATION", 2015, 13)).post(ZERO_REPORTS)
                .then().statusCode(400).contentType(PROBLEM);
        as("township-clerk", LUOSHI).body(zeroReport(LUOSHI, "PUBLICITY", 2015, 2)).post(ZERO_REPORTS)
                .then().statusCode(400).contentType(PROBLEM);
        // the cross-line figures are computed here, no office reports them
        as("township-clerk", LUOSHI).body(zeroReport(LUOSHI, "PERSONS", 2015, 2)).post(ZERO_REPORTS)
                .then().statusCode(400).contentType(PROBLEM);
        as("township-clerk", LUOSHI).queryParam("line", "PERSONS").get(ZERO_REPORTS).then().statusCode(400).contentType(PROBLEM);
        // a month not yet begun
        as("township-clerk", LUOSHI).body(zeroReport(LUOSHI, "MEDIATION", 2100, 12)).post(ZERO_REPORTS)
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals(before, Rows.count(dataSource, "SELECT count(*) FROM zero_report"));

        String id = as("township-clerk", LUOSHI).body(zeroReport(LUOSHI, "MEDIATION", 2015, 2)).post(ZERO_REPORTS)
                .then().statusCode(201).extract().jsonPath().getString("id");
        as("township-clerk", LUOSHI).body(zeroReport(LUOSHI, "MEDIATION", 2015, 2)).post(ZERO_REPORTS)
                .then().statusCode(409).contentType(PROBLEM);
        assertEquals(before + 1, Rows.count(dataSource, "SELECT count(*) FROM zero_report"));
        // read by the office and the district, not by another office
        as("township-clerk", LUOSHI).get(ZERO_REPORTS + "/" + id).then().statusCode(200);
        as("evaluator", DISTRICT).queryParam("orgUnit", LUOSHI).queryParam("year", 2015).get(ZERO_REPORTS).then().statusCode(200);
        as("township-clerk", CAIE).get(ZERO_REPORTS + "/" + id).then().statusCode(404);
        as("provincial-reader", "430000000000").body(zeroReport(LUOSHI, "MEDIATION", 2015, 3)).post(ZERO_REPORTS).then().statusCode(403);
    }
}
