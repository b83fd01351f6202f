package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.kit.person.PersonIndexJob;
import cn.daxiang.justice.kit.person.PersonKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hash-key rotation: rows hashed with the earlier key k1 stay findable while the current key is k2, the job re-hashes
 * them from the source records with k2, and afterwards no hash of k1 is left; the same job back-fills records that have
 * no index rows. The profile configures both keys with k2 current, as an operator does for a rotation.
 */
@QuarkusTest
@TestProfile(PersonIndexRotationTest.TwoKeys.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PersonIndexRotationTest {

    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.persons.hash-keys.k1", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                    "platform.persons.hash-keys.k2", "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
                    "platform.persons.current-key", "k2",
                    "platform.persons.batch-size", "2");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonKeys keys;

    @Inject
    PersonIndexJob job;

    /** A subject whose index row was written while k1 was current: what the index held before the switch. */
    private Map<String, Object> writtenUnderK1(String name) throws Exception {
        Map<String, Object> body = subject(UUID.randomUUID(), CAIE, "PROBATION", LocalDate.of(2021, 10, 8), "NORMAL");
        body.put("name", name);
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE corrections.person_index SET id_hash = ?, key_id = 'k1' WHERE record_id = ?")) {
            s.setString(1, keys.hash("k1", (String) body.get("idNumber")));
            s.setObject(2, UUID.fromString((String) body.get("id")));
            assertEquals(1, s.executeUpdate());
        }
        return body;
    }

    private List<String> byNumber(String idNumber) {
        return admin().get(SUBJECTS + "?idNumber=" + idNumber).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void rowsOfTheEarlierKeyAreFoundDuringTheRotationAndRehashedWithTheCurrentKey() throws Exception {
        List<Map<String, Object>> subjects = List.of(writtenUnderK1("蔺一"), writtenUnderK1("蔺二"), writtenUnderK1("蔺三"));
        for (Map<String, Object> s : subjects) {
            assertEquals(List.of(s.get("id")), byNumber((String) s.get("idNumber")), "found under k1 while k2 is current");
        }
        assertEquals(3, count(dataSource, "SELECT count(*) FROM corrections.person_index WHERE key_id = 'k1'"));

        assertEquals(3, job.rehash(), "three records in batches of two");

        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.person_index WHERE key_id <> 'k2'"));
        for (Map<String, Object> s : subjects) {
            String idNumber = (String) s.get("idNumber");
            assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.person_index WHERE id_hash = ?", keys.hash("k1", idNumber)),
                    "the old hash is gone");
            assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.person_index WHERE id_hash = ? AND key_id = 'k2'",
                    keys.hash("k2", idNumber)));
            assertEquals(List.of(s.get("id")), byNumber(idNumber), "found under k2 after the job");
        }
        assertEquals(0, job.rehash(), "run again, nothing is left to do");
    }

    @Test
    void recordsWithoutIndexRowsAreBackFilledOnce() {
        Map<String, Object> body = subject(UUID.randomUUID(), CAIE, "PROBATION", LocalDate.of(2021, 10, 8), "NORMAL");
        body.put("name", "蔺补录");
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        UUID id = UUID.fromString((String) body.get("id"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM corrections.person_index WHERE record_id = ?")) {
            s.setObject(1, id);
            assertEquals(1, s.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(List.of(), byNumber((String) body.get("idNumber")));

        job.backfill();

        assertEquals(List.of(body.get("id")), byNumber((String) body.get("idNumber")));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.person_index_source WHERE record_type = 'subjects'"));
    }
}
