package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life cycle of a subject through the API: intake, level changes, release or termination, and the rules around them. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SubjectLifeCycleTest {

    /** "Today" where the offices are, as the server reads it (Bean Validation included), whatever this JVM\'s zone. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    static UUID intake(String clerkOrg, String orgUnit, String type, LocalDate intake, String level) {
        UUID id = UUID.randomUUID();
        as("township-clerk", clerkOrg).body(subject(id, orgUnit, type, intake, level)).post(SUBJECTS).then()
                .statusCode(201).header("ETag", "\"1\"").header("Location", org.hamcrest.Matchers.endsWith(SUBJECTS + "/" + id))
                .body("status", equalTo("IN_CORRECTION")).body("version", equalTo(1)).body("type", equalTo(type))
                .body("supervisionLevel", equalTo(level));
        return id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTROL", "PROBATION", "PAROLE", "OUTSIDE_PRISON"})
    void releasedAfterLevelChanges(String type) {
        UUID id = intake(LUOSHI, LUOSHI, type, LocalDate.of(2021, 3, 5), "NORMAL");

        as("township-clerk", LUOSHI).header("If-Match", "\"1\"")
                .body(map("level", "STRICT", "effectiveOn", "2021-04-01", "reason", "违规后从严管理")).post(SUBJECTS + "/" + id + "/level")
                .then().statusCode(200).header("ETag", "\"2\"").body("supervisionLevel", equalTo("STRICT")).body("version", equalTo(2));
        // a level change before the previous one is refused
        as("township-clerk", LUOSHI)
                .body(map("level", "LENIENT", "effectiveOn", "2021-03-20", "reason", "表现良好", "version", 2))
                .post(SUBJECTS + "/" + id + "/level").then().statusCode(400).body("errors.field", hasItem("effectiveOn"));
        // the same level again is refused
        as("township-clerk", LUOSHI)
                .body(map("level", "STRICT", "effectiveOn", "2021-05-01", "reason", "维持", "version", 2))
                .post(SUBJECTS + "/" + id + "/level").then().statusCode(400).body("errors.field", hasItem("level"));
        as("township-clerk", LUOSHI)
                .body(map("level", "LENIENT", "effectiveOn", "2021-06-01", "reason", "表现良好", "version", 2))
                .post(SUBJECTS + "/" + id + "/level").then().statusCode(200).body("version", equalTo(3));

        as("township-clerk", LUOSHI).get(SUBJECTS + "/" + id + "/levels").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.level", contains("NORMAL", "STRICT", "LENIENT"))
                .body("items.effectiveOn", contains("2021-03-05", "2021-04-01", "2021-06-01"))
                .body("items[1].reason", equalTo("违规后从严管理"));

        // no release before intake
        as("township-clerk", LUOSHI).body(map("date", "2021-03-04", "reason", "TERM_SERVED", "version", 3))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(400).body("errors.field", hasItem("date"));
        // a stale version is told the current one; no version at all is 428
        as("township-clerk", LUOSHI).body(map("date", "2022-09-04", "reason", "TERM_SERVED", "version", 2))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(412).body("currentVersion", equalTo(3));
        as("township-clerk", LUOSHI).body(map("date", "2022-09-04", "reason", "TERM_SERVED"))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(428);

        as("township-clerk", LUOSHI).body(map("date", "2022-09-04", "reason", "TERM_SERVED", "note", "期满", "version", 3))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED")).body("endedOn", equalTo("2022-09-04"))
                .body("endReason", equalTo("TERM_SERVED")).body("version", equalTo(4));

        // released: no second release, no termination, no level change
        as("township-clerk", LUOSHI).body(map("date", "2022-09-05", "reason", "PARDON", "version", 4))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(409);
        as("township-clerk", LUOSHI).body(map("date", "2022-09-05", "reason", "REVOKED", "version", 4))
                .post(SUBJECTS + "/" + id + "/terminate").then().statusCode(409);
        as("township-clerk", LUOSHI).body(map("level", "STRICT", "effectiveOn", "2022-09-05", "reason", "x", "version", 4))
                .post(SUBJECTS + "/" + id + "/level").then().statusCode(409);

        as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("RELEASED")).body("supervisionLevel", equalTo("LENIENT"));
        // create + 2 levels (subject and history row each) + release; refused actions leave nothing
        assertEquals(4, auditRows(dataSource, id));
        assertEquals(2, auditRows(dataSource, id, "LEVEL"));
        assertEquals(1, auditRows(dataSource, id, "RELEASE"));
        assertEquals(3, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = 'SubjectLevel' AND changes->'subjectId'->>'to' = ?", id.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REVOKED", "IMPRISONED", "DEATH"})
    void terminatedForEachReason(String reason) {
        UUID id = intake(CAIE, CAIE, reason.equals("DEATH") ? "OUTSIDE_PRISON" : "PAROLE", LocalDate.of(2020, 7, 1), "STRICT");
        as("district-admin", DISTRICT).body(map("date", "2020-06-30", "reason", reason, "version", 1))
                .post(SUBJECTS + "/" + id + "/terminate").then().statusCode(400).body("errors.field", hasItem("date"));
        as("district-admin", DISTRICT).body(map("date", LocalDate.now(SHANGHAI).plusDays(1).toString(), "reason", reason, "version", 1))
                .post(SUBJECTS + "/" + id + "/terminate").then().statusCode(400).body("errors.field", hasItem("date"));
        as("district-admin", DISTRICT).body(map("date", "2021-01-10", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + id + "/terminate").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("district-admin", DISTRICT).header("If-Match", "1").body(map("date", "2021-01-10", "reason", reason))
                .post(SUBJECTS + "/" + id + "/terminate").then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("endReason", equalTo(reason)).body("endedOn", equalTo("2021-01-10"));
        as("district-admin", DISTRICT).body(map("date", "2021-01-11", "reason", reason, "version", 2))
                .post(SUBJECTS + "/" + id + "/terminate").then().statusCode(409);
        as("district-admin", DISTRICT).body(map("date", "2021-01-11", "reason", "TERM_SERVED", "version", 2))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(409);
        as("district-admin", DISTRICT).body(map("level", "NORMAL", "effectiveOn", "2021-01-11", "reason", "x", "version", 2))
                .post(SUBJECTS + "/" + id + "/level").then().statusCode(409);
        // a terminated subject cannot be handed over to resettlement either
        as("district-admin", DISTRICT).body(map("receivedOn", "2021-01-12", "handoverDone", true, "keyTarget", false))
                .post(SUBJECTS + "/" + id + "/resettlement").then().statusCode(409);
        assertEquals(1, auditRows(dataSource, id, "TERMINATE"));
        assertEquals(2, auditRows(dataSource, id));
    }

    @Test
    void pardonAndUpdateRules() {
        UUID id = intake(LUOSHI, LUOSHI, "CONTROL", LocalDate.of(2022, 1, 10), "NORMAL");
        Map<String, Object> body = subject(id, LUOSHI, "CONTROL", LocalDate.of(2022, 1, 10), "NORMAL");
        String current = as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().extract().path("idNumber");
        body.put("idNumber", current);
        String birth = as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().extract().path("birthDate");
        body.put("birthDate", birth);
        body.put("offence", "寻衅滋事罪");
        body.put("version", 1);
        as("township-clerk", LUOSHI).body(body).put(SUBJECTS + "/" + id).then().statusCode(200)
                .body("offence", equalTo("寻衅滋事罪")).body("version", equalTo(2));
        // the level changes only through the level action
        body.put("supervisionLevel", "STRICT");
        body.put("version", 2);
        as("township-clerk", LUOSHI).body(body).put(SUBJECTS + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("supervisionLevel"));
        body.put("supervisionLevel", "NORMAL");
        // a stale write
        body.put("version", 1);
        as("township-clerk", LUOSHI).body(body).put(SUBJECTS + "/" + id).then().statusCode(412).body("currentVersion", equalTo(2));
        // a birth date that contradicts the ID number
        body.put("version", 2);
        body.put("birthDate", "1950-01-01");
        as("township-clerk", LUOSHI).body(body).put(SUBJECTS + "/" + id).then().statusCode(400).body("errors.field", hasItem("birthDate"));

        // moving the intake date moves the intake entry of the level history with it
        body.put("birthDate", birth);
        body.put("intakeDate", "2022-01-12");
        as("township-clerk", LUOSHI).header("If-Match", "\"2\"").body(body).put(SUBJECTS + "/" + id).then().statusCode(200)
                .body("intakeDate", equalTo("2022-01-12")).body("version", equalTo(3));
        as("township-clerk", LUOSHI).get(SUBJECTS + "/" + id + "/levels").then().statusCode(200)
                .body("items.effectiveOn", contains("2022-01-12"));
        // no intake in the future, no release before intake
        body.put("intakeDate", LocalDate.now(SHANGHAI).plusDays(2).toString());
        as("township-clerk", LUOSHI).header("If-Match", "3").body(body).put(SUBJECTS + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("intakeDate"));
        as("township-clerk", LUOSHI).body(map("date", "2022-01-11", "reason", "PARDON", "version", 3))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(400).body("errors.field", hasItem("date"));
        as("township-clerk", LUOSHI).body(map("date", "2023-02-01", "reason", "PARDON", "version", 3))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(200).body("endReason", equalTo("PARDON"));
        // the person can be taken into correction again once released, but not twice at once
        Map<String, Object> again = subject(UUID.randomUUID(), LUOSHI, "PROBATION", LocalDate.of(2024, 1, 10), "NORMAL");
        again.put("idNumber", current);
        again.put("birthDate", birth);
        as("township-clerk", LUOSHI).body(again).post(SUBJECTS).then().statusCode(201);
        again.put("id", UUID.randomUUID().toString());
        as("township-clerk", LUOSHI).body(again).post(SUBJECTS).then().statusCode(409);
        // the same client id twice
        as("township-clerk", LUOSHI).body(subject(id, LUOSHI, "CONTROL", LocalDate.of(2022, 1, 10), "NORMAL")).post(SUBJECTS)
                .then().statusCode(409);
    }

    @Test
    void violationsScoresAndTheFile() {
        UUID id = intake(LUOSHI, LUOSHI, "PROBATION", LocalDate.of(2021, 2, 1), "NORMAL");
        String path = SUBJECTS + "/" + id;
        UUID violation = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(map("id", violation.toString(), "occurredOn", "2021-05-10",
                        "description", "未经批准离开所居住的市县", "sanction", "WARNING"))
                .post(path + "/violations").then().statusCode(201).body("sanction", equalTo("WARNING")).body("version", equalTo(1));
        as("township-clerk", LUOSHI).body(map("occurredOn", "2021-01-10", "description", "x", "sanction", "WARNING"))
                .post(path + "/violations").then().statusCode(400).body("errors.field", hasItem("occurredOn"));
        as("township-clerk", LUOSHI).body(map("occurredOn", "2021-06-10", "description", "x", "sanction", "SCOLDING"))
                .post(path + "/violations").then().statusCode(400).body("errors.field", hasItem("sanction"));
        as("township-clerk", LUOSHI).body(map("month", "2021-03", "score", 92)).post(path + "/scores").then().statusCode(201)
                .body("month", equalTo("2021-03")).body("score", equalTo(92));
        as("township-clerk", LUOSHI).body(map("month", "2021-03", "score", 80)).post(path + "/scores").then().statusCode(409);
        as("township-clerk", LUOSHI).body(map("month", "2021-04", "score", 101)).post(path + "/scores").then().statusCode(400)
                .body("errors.field", hasItem("score"));
        as("township-clerk", LUOSHI).body(map("month", "2021-13", "score", 90)).post(path + "/scores").then().statusCode(400)
                .body("errors.field", hasItem("month"));
        as("township-clerk", LUOSHI).body(map("month", "2020-12", "score", 90)).post(path + "/scores").then().statusCode(400)
                .body("errors.field", hasItem("month"));
        String april = as("township-clerk", LUOSHI).body(map("month", "2021-04", "score", 88)).post(path + "/scores").then()
                .statusCode(201).extract().path("id");
        // corrections of a score and of a violation are versioned and audited
        as("township-clerk", LUOSHI).body(map("month", "2021-03", "score", 70, "version", 1)).put(path + "/scores/" + april)
                .then().statusCode(409);
        as("township-clerk", LUOSHI).body(map("month", "2021-04", "score", 86, "note", "复核", "version", 1))
                .put(path + "/scores/" + april).then().statusCode(200).body("score", equalTo(86)).body("version", equalTo(2));
        as("township-clerk", LUOSHI).body(map("month", "2021-04", "score", 88, "version", 1))
                .put(path + "/scores/" + april).then().statusCode(412).body("currentVersion", equalTo(2));
        as("township-clerk", LUOSHI).body(map("occurredOn", "2021-05-10", "description", "未经批准离开所居住的市县",
                "sanction", "ADMONITION")).put(path + "/violations/" + violation).then().statusCode(428);
        as("township-clerk", LUOSHI).header("If-Match", "\"1\"").body(map("occurredOn", "2021-05-10",
                        "description", "未经批准离开所居住的市县", "sanction", "ADMONITION"))
                .put(path + "/violations/" + violation).then().statusCode(200).body("sanction", equalTo("ADMONITION"))
                .body("version", equalTo(2));
        as("township-clerk", CAIE).header("If-Match", "2").body(map("occurredOn", "2021-05-10", "description", "x",
                "sanction", "WARNING")).put(path + "/violations/" + violation).then().statusCode(404);
        as("township-clerk", LUOSHI).header("If-Match", "2").body(map("occurredOn", "2021-05-10", "description", "x",
                "sanction", "WARNING")).put(path + "/violations/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(2, auditRows(dataSource, april));
        as("township-clerk", LUOSHI).body(map("level", "STRICT", "effectiveOn", "2021-05-11", "reason", "警告后从严", "version", 1))
                .post(path + "/level").then().statusCode(200);

        as("provincial-reader", PROVINCE).get(path + "/violations").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(violation.toString()));
        as("township-clerk", LUOSHI).queryParam("sort", "month,desc").get(path + "/scores").then().statusCode(200)
                .body("items.month", contains("2021-04", "2021-03"));

        as("township-clerk", LUOSHI).get(path + "/file").then().statusCode(200)
                .body("subject.id", equalTo(id.toString()))
                .body("levels.level", contains("NORMAL", "STRICT"))
                .body("violations", hasSize(1)).body("violations[0].description", equalTo("未经批准离开所居住的市县"))
                .body("violations[0].sanction", equalTo("ADMONITION"))
                .body("scores.score", contains(92, 86))
                .body("education", hasSize(0)).body("visits", hasSize(0))
                .body("resettlementPersonId", nullValue());
        as("township-clerk", CAIE).get(path + "/file").then().statusCode(404);
        as("township-clerk", CAIE).get(path + "/violations").then().statusCode(404);
        as("township-clerk", CAIE).body(map("month", "2021-05", "score", 88)).post(path + "/scores").then().statusCode(404);
        assertEquals(2, auditRows(dataSource, violation));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = 'AssessmentScore' AND org_unit = ? "
                + "AND changes->'subjectId'->>'to' = ?", LUOSHI, id.toString()));
    }

    @Test
    void aScoreForTheCurrentMonthInShanghaiIsTakenAndNextMonthRefusedWhateverTheServersZone() {
        UUID id = intake(LUOSHI, LUOSHI, "PROBATION", LocalDate.of(2021, 2, 1), "NORMAL");
        java.util.TimeZone server = java.util.TimeZone.getDefault();
        try {
            // the zones furthest behind and ahead of Shanghai: around a month's turn one is still (or already) in another month
            for (String zone : List.of("Etc/GMT+12", "Etc/GMT-14")) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                java.time.YearMonth month = java.time.YearMonth.now(SHANGHAI);
                as("township-clerk", LUOSHI).body(map("month", month.plusMonths(1).toString(), "score", 90))
                        .post(SUBJECTS + "/" + id + "/scores").then().statusCode(400).body("errors.field", hasItem("month"));
                int status = as("township-clerk", LUOSHI).body(map("month", month.toString(), "score", 90))
                        .post(SUBJECTS + "/" + id + "/scores").then().extract().statusCode();
                assertTrue(status == 201 || status == 409, zone + ": the current month in Shanghai is not in the future (" + status + ")");
            }
        } finally {
            java.util.TimeZone.setDefault(server);
        }
        assertEquals(1L, count(dataSource, "SELECT count(*) FROM corrections.assessment_score WHERE subject_id = ?", id));
    }

    @Test
    void noCodeOfTheLineReadsTodayInTheServersZone() throws java.io.IOException {
        // "today" is Asia/Shanghai (the kit's Deadlines.today()); a zoneless now() reads the server's zone
        java.util.regex.Pattern zoneless = java.util.regex.Pattern.compile(
                "\\b(LocalDate|LocalDateTime|YearMonth|Year|ZonedDateTime|OffsetDateTime)\\.now\\(\\)|Clock\\.systemDefaultZone\\(\\)");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> found = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return java.nio.file.Files.readAllLines(f).stream().filter(l -> zoneless.matcher(l).find())
                            .map(l -> f.getFileName() + ": " + l.strip());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), found);
        }
    }
}
