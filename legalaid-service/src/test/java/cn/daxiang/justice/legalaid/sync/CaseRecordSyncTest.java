package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import cn.daxiang.justice.kit.sync.DependantRecords;
import cn.daxiang.justice.legalaid.LegalAidApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.devsupport.testing.Rows.strings;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.sync.LegalAidSyncTest.TOWN_A;
import static cn.daxiang.justice.legalaid.sync.LegalAidSyncTest.TOWN_B;
import static cn.daxiang.justice.legalaid.sync.LegalAidSyncTest.batch;
import static cn.daxiang.justice.legalaid.sync.LegalAidSyncTest.mirror;
import static cn.daxiang.justice.legalaid.sync.LegalAidSyncTest.mirrorWith;
import static cn.daxiang.justice.legalaid.sync.LegalAidSyncTest.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case's child records (reviews and follow-ups) over sync, and deletions that the records
 * depending on them refuse. Townships 火车南站街道 and 学院路街道, year 2019, as in LegalAidSyncTest.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CaseRecordSyncTest {

    @Inject
    AgroalDataSource dataSource;

    /** A case of the township, accepted and assigned on 2019-09-02, so that it can be reviewed and followed up. */
    static UUID handledCase(String town) {
        UUID caseId = LegalAidApi.acceptedCase(town, "CIVIL", "2019-09-01", "2019-09-01", null);
        LegalAidApi.assign(caseId, town, LegalAidApi.createProvider(town, false), "2019-09-02", 1);
        return caseId;
    }

    static String review(UUID id, UUID caseId, String on, int score, String result, String fixes, Long version) {
        return LegalAidSyncTest.versioned("""
                {"id":"%s","caseId":"%s","kind":"CENTER","reviewedOn":"%s","score":%d,"result":"%s"%s}"""
                .formatted(id, caseId, on, score, result, fixes == null ? "" : ",\"requiredFixes\":\"" + fixes + "\""), version);
    }

    static String followUp(UUID id, UUID caseId, String on, boolean satisfied, Long version) {
        return LegalAidSyncTest.versioned("""
                {"id":"%s","caseId":"%s","followUpOn":"%s","satisfied":%s,"notes":"受援人表示满意"}"""
                .formatted(id, caseId, on, satisfied), version);
    }

    @Test
    void reviewsAreJudgedAsTheApiJudgesThemAndReplaysChangeNothing() {
        UUID caseId = handledCase(TOWN_A);
        UUID notAssigned = LegalAidApi.acceptedCase(TOWN_A, "CIVIL", "2019-09-01", "2019-09-01", null);
        UUID otherTownCase = handledCase(TOWN_B);
        UUID good = UUID.randomUUID();
        UUID failedWithoutFixes = UUID.randomUUID();
        UUID beforeAssignment = UUID.randomUUID();
        UUID unassigned = UUID.randomUUID();
        UUID otherTown = UUID.randomUUID();
        String body = batch(
                review(good, caseId, "2019-09-20", 91, "PASSED", null, null),
                review(failedWithoutFixes, caseId, "2019-09-21", 50, "FAILED", null, null),
                review(beforeAssignment, caseId, "2019-09-01", 90, "PASSED", null, null),
                review(unassigned, notAssigned, "2019-09-20", 90, "PASSED", null, null),
                review(otherTown, otherTownCase, "2019-09-20", 90, "PASSED", null, null));

        JsonPath answer = upload("reviews", clerk(TOWN_A), body);
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("requiredFixes", answer.getString("results[1].errors[0].field"));
        assertEquals("reviewedOn", answer.getString("results[2].errors[0].field"));
        assertTrue(answer.getString("results[3].errors[0].message").contains("评查"), answer.prettify());
        assertEquals("orgUnit", answer.getString("results[4].errors[0].field"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM legalaid.case_review WHERE case_id IN (?, ?, ?)",
                caseId, notAssigned, otherTownCase));
        // the API shows what sync stored, on the case's own list
        clerk(TOWN_A).get(BASE + "/cases/" + caseId + "/reviews").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(good.toString())).body("items[0].score", equalTo(91));

        long audits = count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = 'CaseReview' AND entity_id = ?", good.toString());
        JsonPath replay = upload("reviews", clerk(TOWN_A), body);
        assertEquals(List.of("UNCHANGED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"), replay.getList("results.status"));
        assertEquals(audits, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = 'CaseReview' AND entity_id = ?", good.toString()));

        // a review is entered once: a changed one is refused, the stored one stays
        JsonPath changed = upload("reviews", clerk(TOWN_A), batch(review(good, caseId, "2019-09-20", 60, "PASSED", null, 1L)));
        assertEquals("REJECTED", changed.getString("results[0].status"));
        assertTrue(changed.getString("results[0].errors[0].message").contains("不能修改"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM legalaid.case_review WHERE id = ? AND score = 91", good));
    }

    @Test
    void followUpsSyncInTheirTownshipsFeedAndCanBeDeleted() throws InterruptedException {
        UUID caseId = handledCase(TOWN_B);
        UUID id = UUID.randomUUID();
        assertEquals("CREATED", upload("follow-ups", clerk(TOWN_B), batch(followUp(id, caseId, "2019-10-01", true, null)))
                .getString("results[0].status"));
        // another township neither sees it nor can delete it, and learns nothing of it
        assertFalse(mirror("follow-ups", () -> clerk(TOWN_A)).containsKey(id.toString()));
        JsonPath foreign = upload("follow-ups", clerk(TOWN_A), batch("{\"id\":\"%s\",\"deleted\":true,\"version\":1}".formatted(id)));
        assertEquals("REJECTED", foreign.getString("results[0].status"));
        assertNull(foreign.get("results[0].current"));

        Map<String, Object> change = mirrorWith("follow-ups", () -> clerk(TOWN_B), id).get(id.toString());
        assertNotNull(change);
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) change.get("record");
        assertEquals(caseId.toString(), record.get("caseId"));
        assertEquals(true, record.get("satisfied"));

        JsonPath deleted = upload("follow-ups", clerk(TOWN_B), batch("{\"id\":\"%s\",\"deleted\":true,\"version\":1}".formatted(id)));
        assertEquals("UPDATED", deleted.getString("results[0].status"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM legalaid.follow_up WHERE id = ?", id));
        // a stale upload does not bring it back
        assertEquals("CONFLICT", upload("follow-ups", clerk(TOWN_B), batch(followUp(id, caseId, "2019-10-01", true, null)))
                .getString("results[0].status"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM legalaid.follow_up WHERE id = ?", id));
    }

    @Test
    void aClosedCaseIsDeletedByNoPath() {
        UUID caseId = handledCase(TOWN_A);
        LegalAidApi.close(caseId, TOWN_A, "2019-10-08", 2);
        // the API has no way to delete a case; sync refuses it with the reason and the actions to use
        clerk(TOWN_A).delete(BASE + "/cases/" + caseId).then().statusCode(405);
        JsonPath answer = upload("cases", clerk(TOWN_A), batch("{\"id\":\"%s\",\"deleted\":true,\"version\":3}".formatted(caseId)));
        assertEquals("REJECTED", answer.getString("results[0].status"));
        assertTrue(answer.getString("results[0].errors[0].message").contains("/accept"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM legalaid.legal_aid_case WHERE id = ? AND status = 'CLOSED'", caseId));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM tombstone WHERE entity_id = ?", caseId));
    }

    @Test
    void anAcceptedOrRefusedApplicationIsDeletedByNoPathButAnUndecidedOneIs() {
        UUID caseId = handledCase(TOWN_A);
        UUID accepted = UUID.fromString(clerk(TOWN_A).get(BASE + "/cases/" + caseId).then().statusCode(200)
                .extract().path("applicationId"));
        UUID refused = LegalAidApi.createApplication(TOWN_A, "CIVIL", "2019-09-01");
        clerk(TOWN_A).body("{\"refusedOn\":\"2019-09-05\",\"reason\":\"申请人经济状况不符合法律援助条件\",\"version\":1}")
                .post(BASE + "/applications/" + refused + "/refuse").then().statusCode(200);

        for (UUID decided : List.of(accepted, refused)) {
            long version = clerk(TOWN_A).get(BASE + "/applications/" + decided).then().statusCode(200).extract().jsonPath().getLong("version");
            String reason = decided.equals(accepted) ? "申请已受理" : "申请已决定不予援助";
            // the API has no way to delete an application and refuses to change a decided one
            clerk(TOWN_A).delete(BASE + "/applications/" + decided).then().statusCode(405);
            clerk(TOWN_A).body(LegalAidApi.applicationBody(decided, TOWN_A, "CIVIL", "2019-09-01",
                            IdNumbers.valid("43050319800101123")).replace("}", ",\"version\":" + version + "}"))
                    .put(BASE + "/applications/" + decided).then().statusCode(409).body("detail", equalTo(reason + "，不能修改"));
            // sync obeys the same rule: REJECTED with the reason, nothing deleted, no tombstone
            JsonPath answer = upload("applications", clerk(TOWN_A),
                    batch("{\"id\":\"%s\",\"deleted\":true,\"version\":%d}".formatted(decided, version)));
            assertEquals("REJECTED", answer.getString("results[0].status"), answer.prettify());
            assertEquals(reason + "，不能删除", answer.getString("results[0].errors[0].message"));
            assertEquals(1, count(dataSource, "SELECT count(*) FROM legalaid.application WHERE id = ?", decided));
            assertEquals(0, count(dataSource, "SELECT count(*) FROM tombstone WHERE entity_id = ?", decided));
        }

        // an application still under review was a registration only: it may be deleted
        UUID pending = LegalAidApi.createApplication(TOWN_A, "CIVIL", "2019-09-01");
        assertEquals("UPDATED", upload("applications", clerk(TOWN_A),
                batch("{\"id\":\"%s\",\"deleted\":true,\"version\":1}".formatted(pending))).getString("results[0].status"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM tombstone WHERE entity_id = ?", pending));
    }

    /**
     * Every foreign key of this line's tables names its dependants in Chinese ({@code platform.dependants}), so a deletion
     * it refuses says which records hold the one deleted; e.g. a case held by a subsidy payment (no path deletes a case
     * today: the label is what sync's refusal would say, through the kit's message). The kit's approval tables are the
     * kit's.
     */
    @Test
    void everyForeignKeyOfTheLineNamesItsDependantsInChineseIncludingTheSubsidyPaymentsCases() {
        List<String> keys = strings(dataSource, """
                SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = 'legalaid' AND c.contype = 'f' AND t.relname NOT LIKE 'approval%' ORDER BY 1""");
        assertTrue(keys.contains("subsidy_payment_case_case_fk"), keys.toString());
        Config config = ConfigProvider.getConfig();
        List<String> unlabelled = keys.stream()
                .filter(key -> config.getOptionalValue("platform.dependants." + key, String.class).isEmpty()).toList();
        assertEquals(List.of(), unlabelled);
        assertEquals("该记录仍有关联的办案补贴发放记录，不能删除；请先删除这些办案补贴发放记录", DependantRecords.message(
                new ConstraintViolationException("删除案件", new SQLException("fk", "23503"), "subsidy_payment_case_case_fk")));
    }

    @Test
    void deletingARecordOthersDependOnIsRefusedNamingThem() {
        UUID caseId = handledCase(TOWN_A);
        // (its application is refused first by the life-cycle rule above, see the test before)
        // a provider with a case assigned is refused, naming the cases
        UUID provider = UUID.fromString(clerk(TOWN_A).get(BASE + "/cases/" + caseId).then().extract().path("providerId"));
        JsonPath providerAnswer = upload("providers", clerk(TOWN_A),
                batch("{\"id\":\"%s\",\"deleted\":true,\"version\":1}".formatted(provider)));
        assertEquals("REJECTED", providerAnswer.getString("results[0].status"));
        assertTrue(providerAnswer.getString("results[0].errors[0].message").contains("法律援助案件"));
    }
}
