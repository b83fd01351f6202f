package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.masked;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who sees and changes which subjects, masking of ID numbers, and refused input. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SubjectScopeAndInputTest {

    /** "Today" where the offices are, as the server reads it (Bean Validation included), whatever this JVM\'s zone. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aClerkCannotReachAnotherTownshipsSubjects() {
        UUID theirs = UUID.randomUUID();
        Map<String, Object> body = subject(theirs, CAIE, "PROBATION", LocalDate.of(2021, 5, 1), "NORMAL");
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        UUID ours = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(subject(ours, LUOSHI, "PAROLE", LocalDate.of(2021, 5, 1), "NORMAL")).post(SUBJECTS)
                .then().statusCode(201);

        String path = SUBJECTS + "/" + theirs;
        as("township-clerk", LUOSHI).get(path).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        body.put("version", 1);
        as("township-clerk", LUOSHI).body(body).put(path).then().statusCode(404);
        as("township-clerk", LUOSHI).body(map("date", "2022-01-01", "reason", "TERM_SERVED", "version", 1))
                .post(path + "/release").then().statusCode(404);
        as("township-clerk", LUOSHI).body(map("date", "2022-01-01", "reason", "REVOKED", "version", 1))
                .post(path + "/terminate").then().statusCode(404);
        as("township-clerk", LUOSHI).body(map("level", "STRICT", "effectiveOn", "2022-01-01", "reason", "x", "version", 1))
                .post(path + "/level").then().statusCode(404);
        as("township-clerk", LUOSHI).body(map("occurredOn", "2022-01-01", "description", "x", "sanction", "WARNING"))
                .post(path + "/violations").then().statusCode(404);
        as("township-clerk", LUOSHI).get(path + "/levels").then().statusCode(404);
        // creating a record for another township is refused outright
        as("township-clerk", LUOSHI).body(subject(UUID.randomUUID(), CAIE, "PROBATION", LocalDate.of(2021, 5, 1), "NORMAL"))
                .post(SUBJECTS).then().statusCode(403);
        // moving one's own subject to another township too
        Map<String, Object> move = as("township-clerk", LUOSHI).get(SUBJECTS + "/" + ours).then().extract().as(Map.class);
        Map<String, Object> moved = subject(ours, CAIE, "PAROLE", LocalDate.of(2021, 5, 1), "NORMAL");
        moved.put("idNumber", move.get("idNumber"));
        moved.put("birthDate", move.get("birthDate"));
        moved.put("version", 1);
        as("township-clerk", LUOSHI).body(moved).put(SUBJECTS + "/" + ours).then().statusCode(403);

        as("township-clerk", LUOSHI).queryParam("size", 200).get(SUBJECTS).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)))
                .body("items.id", hasItem(ours.toString()))
                .body("items.id", not(hasItem(theirs.toString())));
        as("township-clerk", LUOSHI).queryParam("orgUnit", CAIE).get(SUBJECTS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        as("district-admin", DISTRICT).queryParam("size", 200).queryParam("orgUnit", CAIE).get(SUBJECTS).then().statusCode(200)
                .body("items.id", hasItem(theirs.toString())).body("items.orgUnit", everyItem(equalTo(CAIE)));
        // nothing changed on their subject
        as("township-clerk", CAIE).get(path).then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("IN_CORRECTION"));
        assertEquals(1, auditRows(dataSource, theirs));
    }

    @Test
    void theProvincialReaderReadsMaskedAndWritesNothing() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = subject(id, BANQIAO, "CONTROL", LocalDate.of(2022, 3, 1), "LENIENT");
        String idNumber = (String) body.get("idNumber");
        as("township-clerk", BANQIAO).body(body).post(SUBJECTS).then().statusCode(201).body("idNumber", equalTo(idNumber));

        as("township-clerk", BANQIAO).get(SUBJECTS + "/" + id).then().statusCode(200).body("idNumber", equalTo(idNumber));
        as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(200).body("idNumber", equalTo(idNumber));
        as("provincial-reader", PROVINCE).get(SUBJECTS + "/" + id).then().statusCode(200).body("idNumber", equalTo(masked(idNumber)));
        as("provincial-reader", PROVINCE).get(SUBJECTS + "/" + id + "/file").then().statusCode(200)
                .body("subject.idNumber", equalTo(masked(idNumber)));

        // bulk reads mask for everyone but the office that holds the record (its offline mirror)
        for (String[] reader : new String[][] {{"district-admin", DISTRICT}, {"provincial-reader", PROVINCE}}) {
            as(reader[0], reader[1]).queryParam("size", 200).get(SUBJECTS).then().statusCode(200)
                    .body("items.idNumber", hasItem(masked(idNumber)))
                    .body("items.idNumber", everyItem(matchesPattern("\\d{6}\\*{8}\\d{3}[\\dX]")));
        }
        as("township-clerk", BANQIAO).queryParam("size", 200).get(SUBJECTS).then().statusCode(200)
                .body("items.idNumber", hasItem(idNumber));

        as("provincial-reader", PROVINCE).body(body).put(SUBJECTS + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        as("provincial-reader", PROVINCE).body(subject(UUID.randomUUID(), BANQIAO, "CONTROL", LocalDate.of(2022, 3, 1), "NORMAL"))
                .post(SUBJECTS).then().statusCode(403);
        as("provincial-reader", PROVINCE).body(map("date", "2023-01-01", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(403);
        as("provincial-reader", PROVINCE).body(map("level", "STRICT", "effectiveOn", "2023-01-01", "reason", "x", "version", 1))
                .post(SUBJECTS + "/" + id + "/level").then().statusCode(403);
        as("provincial-reader", PROVINCE).body(map("occurredOn", "2023-01-01", "description", "x", "sanction", "WARNING"))
                .post(SUBJECTS + "/" + id + "/violations").then().statusCode(403);
        as("evaluator", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(403);
        as("township-clerk", BANQIAO).get(SUBJECTS + "/" + id).then().statusCode(200).body("version", equalTo(1));
        assertEquals(1, auditRows(dataSource, id));
    }

    @Test
    void aControlCharacterInAnyTextIsRefusedWithTheFieldNamedAndNothingIsStored() {
        refused(b -> b.put("name", "王\u0000五"), "name");
        refused(b -> b.put("offence", "危险驾驶罪\u001b[0m"), "offence");
        UUID subject = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(subject(subject, LUOSHI, "PROBATION", LocalDate.of(2021, 6, 1), "NORMAL"))
                .post(SUBJECTS).then().statusCode(201);
        as("township-clerk", LUOSHI).body(map("occurredOn", "2022-01-01", "description", "未按时报到\u0000", "sanction", "WARNING"))
                .post(SUBJECTS + "/" + subject + "/violations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("description"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM violation WHERE subject_id = ?", subject));
        // line breaks and tabs are text
        as("township-clerk", LUOSHI).body(map("occurredOn", "2022-01-01", "description", "未按时报到\r\n\t再次提醒", "sanction", "WARNING"))
                .post(SUBJECTS + "/" + subject + "/violations").then().statusCode(201);
    }

    void refused(Consumer<Map<String, Object>> breakIt, String field) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = subject(id, LUOSHI, "PROBATION", LocalDate.of(2021, 6, 1), "NORMAL");
        breakIt.accept(body);
        as("district-admin", DISTRICT).body(body).post(SUBJECTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", startsWith("urn:"))
                .body("errors.field", hasItem(field));
        as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(404);
        assertEquals(0, auditRows(dataSource, id));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM subject WHERE id = ?", id));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsStored() {
        refused(b -> {
            String valid = (String) b.get("idNumber");
            char last = valid.charAt(17);
            b.put("idNumber", valid.substring(0, 17) + (last == '0' ? '1' : '0'));
        }, "idNumber");
        refused(b -> b.put("intakeDate", LocalDate.now(SHANGHAI).plusDays(1).toString()), "intakeDate");
        refused(b -> b.put("intakeDate", "2021-02-30"), "intakeDate");
        refused(b -> b.put("correctionEnd", "2020-01-01"), "correctionEnd");
        refused(b -> b.put("type", "HOUSE_ARREST"), "type");
        refused(b -> b.put("supervisionLevel", "MAXIMUM"), "supervisionLevel");
        refused(b -> b.remove("offence"), "offence");
        refused(b -> b.remove("gender"), "gender");
        refused(b -> b.put("name", "张".repeat(2000)), "name");
        refused(b -> b.put("orgUnit", "430503999000"), "orgUnit");
        refused(b -> b.put("nickname", "小王"), "nickname");
        refused(b -> b.put("birthDate", "1930-01-01"), "birthDate");

        as("district-admin", DISTRICT).queryParam("size", 201).get(SUBJECTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        as("district-admin", DISTRICT).queryParam("status", "ASLEEP").get(SUBJECTS).then().statusCode(400);
        as("district-admin", DISTRICT).queryParam("sort", "idNumber,asc").get(SUBJECTS).then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        as("district-admin", DISTRICT).get(SUBJECTS + "/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }
}
