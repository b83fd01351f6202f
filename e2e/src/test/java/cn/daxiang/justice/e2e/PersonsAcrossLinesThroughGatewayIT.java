package cn.daxiang.justice.e2e;

import cn.daxiang.justice.devsupport.testing.IdNumbers;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.Callers.evaluator;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22 end to end, through the gateway: one person (one ID number) released from correction in Banqiao after 国庆
 * 2025, received into correction again after 春节 2026 and granted legal aid; a second person released and not seen
 * again. The person view as three roles, no schema but the owning lines' holding the number, and the run's
 * 重新犯罪率（平台所见）. 2025–2026 are the suite's own years for this.
 */
@ExtendWith(SharedPlatform.class)
class PersonsAcrossLinesThroughGatewayIT {

    static final String CORRECTIONS = "/api/v1/corrections";

    static Map<String, Object> subject(String idNumber, LocalDate born, String intake, String end) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("orgUnit", BANQIAO);
        s.put("name", "跨线对象");
        s.put("gender", "MALE");
        s.put("idNumber", idNumber);
        s.put("birthDate", born.toString());
        s.put("type", "PROBATION");
        s.put("offence", "危险驾驶罪");
        s.put("sentence", "拘役二个月，缓刑三个月");
        s.put("decidingAuthority", "大祥区人民法院");
        s.put("correctionStart", intake);
        s.put("correctionEnd", end);
        s.put("intakeDate", intake);
        s.put("supervisionLevel", "NORMAL");
        return s;
    }

    static String received(Map<String, Object> subject) {
        clerk(BANQIAO).body(subject).post(CORRECTIONS + "/subjects").then().statusCode(201);
        return (String) subject.get("id");
    }

    static void released(String id, String on) {
        long version = clerk(BANQIAO).get(CORRECTIONS + "/subjects/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        clerk(BANQIAO).body(Map.of("date", on, "reason", "TERM_SERVED", "version", version))
                .post(CORRECTIONS + "/subjects/" + id + "/release").then().statusCode(200);
    }

    @Test
    void onePersonIsSeenAcrossTheLinesByHashOnlyAndAReappearanceGivesTheReoffenceRate() throws Exception {
        Platform platform = SharedPlatform.get();
        // the suite's other classes share the platform and may hold Banqiao's persons too: the figures are read before and after
        JsonPath before = banqiao2026();
        LocalDate born = LocalDate.of(1985, 7, 14);
        String number = IdNumbers.valid("430503", born, 722);
        String first = received(subject(number, born, "2025-07-01", "2025-10-08"));
        released(first, "2025-10-08");
        String again = received(subject(number, born, "2026-02-24", "2026-11-30"));
        LocalDate otherBorn = LocalDate.of(1979, 2, 3);
        released(received(subject(IdNumbers.valid("430503", otherBorn, 723), otherBorn, "2025-03-03", "2025-06-30")), "2025-06-30");

        String application = UUID.randomUUID().toString();
        clerk(BANQIAO).body(Map.of("id", application, "orgUnit", BANQIAO, "applicantName", "跨线对象", "applicantIdNumber", number,
                        "channel", "WALK_IN", "matter", "劳动报酬追索", "category", "CIVIL", "hardshipBasis", "城乡低保对象",
                        "receivedOn", "2026-03-02"))
                .post("/api/v1/legal-aid/applications").then().statusCode(201);
        clerk(BANQIAO).body(Map.of("acceptedOn", "2026-03-04", "version", 1))
                .post("/api/v1/legal-aid/applications/" + application + "/accept").then().statusCode(201);

        // the number goes in a body only; the view is asked by its hash
        String hash = admin().body(Map.of("idNumber", number)).post("/api/v1/persons/lookup").then().statusCode(200)
                .extract().path("hash");
        JsonPath all = admin().get("/api/v1/persons/" + hash).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CORRECTIONS", "LEGAL_AID"), all.getList("heldBy"));
        assertEquals(List.of(first, again).stream().sorted().toList(),
                all.getList("lines.find { it.line == 'CORRECTIONS' }.records.id", String.class).stream().sorted().toList());
        assertEquals(List.of(application), all.getList("lines.find { it.line == 'LEGAL_AID' }.records.id"));
        assertEquals("跨线对象", all.getString("lines.find { it.line == 'CORRECTIONS' }.records[0].name"));
        assertFalse(all.prettify().contains(number));

        JsonPath other = clerk(CAIE).get("/api/v1/persons/" + hash).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), other.getList("heldBy"), "another office learns nothing");
        assertTrue(other.getBoolean("complete"));
        JsonPath reader = as("provincial-reader", PROVINCE).get("/api/v1/persons/" + hash).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CORRECTIONS", "LEGAL_AID"), reader.getList("heldBy"));
        assertFalse(reader.getList("lines.records.name").toString().contains("跨线对象"), "names masked for the reader");

        // no schema but the two owning lines' holds the number, in any text, json or array column
        for (String schema : List.of("mediation", "evaluation")) {
            assertEquals(List.of(), holding(platform, schema, number), schema + " holds the ID number");
        }
        assertEquals(List.of(), holding(platform, "evaluation", number.substring(0, 17)), "not even without its check character");

        JsonPath run = banqiao2026();
        // released in the five years before 2026: the planted person and the other one; reappeared: the planted person
        BigDecimal released = figure(before, "persons.released").add(BigDecimal.valueOf(2));
        BigDecimal reoffended = figure(before, "persons.reoffended").add(BigDecimal.ONE);
        assertEquals(0, released.compareTo(figure(run, "persons.released")), "released");
        assertEquals(0, reoffended.compareTo(figure(run, "persons.reoffended")), "reappeared as corrections subjects");
        Map<String, Object> rate = run.getMap("indicators.find { it.code == 'PLATFORM_REOFFENCE_RATE' }");
        assertEquals("OK", rate.get("status"), String.valueOf(rate));
        BigDecimal expected = reoffended.multiply(BigDecimal.valueOf(100)).divide(released, 1, RoundingMode.HALF_UP);
        assertTrue(expected.subtract(new BigDecimal(String.valueOf(rate.get("value")))).abs().compareTo(new BigDecimal("0.05")) <= 0,
                () -> expected + "% expected: " + rate);
        assertEquals(0, figure(before, "persons.correction.legalAidGranted").add(BigDecimal.ONE)
                .compareTo(figure(run, "persons.correction.legalAidGranted")), "legal-aid recipients among persons in correction");
    }

    static JsonPath banqiao2026() {
        return evaluator().body(Map.of("orgUnit", BANQIAO, "year", 2026)).post("/api/v1/evaluation/runs").then()
                .statusCode(201).extract().jsonPath();
    }

    static BigDecimal figure(JsonPath run, String metric) {
        Object value = run.get("metrics.find { it.name == '" + metric + "' }.value");
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    /** "table.column" of every text-like column of {@code schema} with a value containing {@code text}. */
    static List<String> holding(Platform platform, String schema, String text) throws Exception {
        List<String> columns = platform.column("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = '" + schema + "' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')");
        List<String> found = new ArrayList<>();
        for (String column : columns) {
            String[] parts = column.split("\\.");
            String count = platform.column("SELECT count(*) FROM " + schema + ".\"" + parts[0] + "\" WHERE \"" + parts[1]
                    + "\"::text LIKE '%" + text + "%'").get(0);
            if (!"0".equals(count)) {
                found.add(column);
            }
        }
        return found;
    }
}
