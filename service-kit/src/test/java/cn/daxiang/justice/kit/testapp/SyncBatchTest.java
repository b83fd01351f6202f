package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.batch;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a batch is applied: in one transaction when nothing fails, and around a record that the
 * resource or the database refuses, that record alone in its own. Transactions are counted by the
 * rows' {@code xmin} (the id of the transaction that inserted them).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SyncBatchTest {

    // a township no other test class writes in
    static final String TOWN = OrgUnits.TOWNSHIPS.get(9);
    static final String PICKY = "/test/sync/picky-samples";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    static List<UUID> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    static JsonPath upload(String path, String body) {
        return as("township-clerk", TOWN).body(body).post(path).then().statusCode(200).extract().jsonPath();
    }

    static String records(List<UUID> ids, String... names) {
        return batch(IntStream.range(0, ids.size()).mapToObj(i -> record(ids.get(i), TOWN, names.length > i ? names[i] : "批" + i, null))
                .toArray(String[]::new));
    }

    @Test
    void aBatchOfFiftyNewRecordsIsStoredWithItsAuditRowsInOneTransaction() {
        List<UUID> ids = ids(50);
        JsonPath answer = upload(SyncProtocolTest.UPLOAD, records(ids));
        assertEquals(Collections.nCopies(50, "CREATED"), answer.getList("results.status"));
        assertEquals(50, count("SELECT count(*) FROM sample WHERE id = ANY(?)", ids));
        assertEquals(1, count("SELECT count(DISTINCT xmin::text) FROM sample WHERE id = ANY(?)", ids));
        assertEquals(50, count("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND entity_id = ANY(CAST(? AS text[]))", ids));
        assertEquals(1, count("SELECT count(DISTINCT xmin::text) FROM audit_log WHERE entity_id = ANY(CAST(? AS text[]))", ids));
    }

    @Test
    void aBatchOfFiftyNewRecordsSendsItsRowsAndTheirAuditRowsInJdbcBatchesNotOneStatementPerRow() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath answer = upload(SyncProtocolTest.UPLOAD, records(ids(50)));
        assertEquals(Collections.nCopies(50, "CREATED"), answer.getList("results.status"));
        long prepared = statistics.getPrepareStatementCount();
        // an identity key per audit row made that one statement per row (over 50); from a pooled sequence, a few in all
        assertTrue(prepared < 20, "statements prepared for the batch: " + prepared);
    }

    @Test
    void aRecordTheResourceRefusesInTheMiddleIsRejectedAloneAndTheRecordsAroundItStayBatched() {
        List<UUID> ids = ids(9);
        String[] names = {"甲", "乙", "丙", "丁", PickySampleSyncAdapter.REFUSED, "戊", "己", "庚", "辛"};
        JsonPath answer = upload(PICKY, records(ids, names));
        List<String> expected = new ArrayList<>(Collections.nCopies(9, "CREATED"));
        expected.set(4, "REJECTED");
        assertEquals(expected, answer.getList("results.status"));
        assertEquals("name", answer.getString("results[4].errors[0].field"));
        assertEquals("该名称不被接受", answer.getString("results[4].errors[0].message"));
        assertStoredInTransactions(ids, 4, 2);
    }

    @Test
    void aRecordTheDatabaseRefusesInTheMiddleIsRejectedAloneAndTheOthersAreStored() {
        List<UUID> ids = ids(9);
        String[] names = {"甲", "乙", "丙", "丁", PickySampleSyncAdapter.UNSTORABLE, "戊", "己", "庚", "辛"};
        JsonPath answer = upload(PICKY, records(ids, names));
        List<String> expected = new ArrayList<>(Collections.nCopies(9, "CREATED"));
        expected.set(4, "REJECTED");
        assertEquals(expected, answer.getList("results.status"));
        assertEquals("record", answer.getString("results[4].errors[0].field"));
        assertEquals("记录不符合存储约束", answer.getString("results[4].errors[0].message"));
        // the batch failed at its flush, without knowing which record: split in halves, not one by one
        assertStoredInTransactions(ids, 4, 4);
    }

    /** All but {@code bad} stored with one audit row each, in at most {@code transactions}; nothing of {@code bad}. */
    void assertStoredInTransactions(List<UUID> ids, int bad, int transactions) {
        List<UUID> good = new ArrayList<>(ids);
        UUID refused = good.remove(bad);
        assertEquals(0, count("SELECT count(*) FROM sample WHERE id = ANY(?)", List.of(refused)));
        assertEquals(0, count("SELECT count(*) FROM audit_log WHERE entity_id = ANY(CAST(? AS text[]))", List.of(refused)));
        assertEquals(good.size(), count("SELECT count(*) FROM sample WHERE id = ANY(?)", good));
        assertEquals(good.size(), count("SELECT count(*) FROM audit_log WHERE entity_id = ANY(CAST(? AS text[]))", good));
        long used = count("SELECT count(DISTINCT xmin::text) FROM sample WHERE id = ANY(?)", good);
        assertTrue(used <= transactions, used + " transactions for " + good.size() + " records");
    }

    @Test
    void aTombstoneAndAStaleVersionInTheMiddleOfABatchAnswerConflictWhileTheRestIsStoredInOneTransaction() {
        UUID buried = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        upload(SyncProtocolTest.UPLOAD, batch(record(buried, TOWN, "将删", null), record(moved, TOWN, "原", null)));
        upload(SyncProtocolTest.UPLOAD, batch("{\"id\":\"" + buried + "\",\"version\":1,\"deleted\":true}", record(moved, TOWN, "已改", 1L)));
        List<UUID> fresh = ids(4);
        JsonPath answer = upload(SyncProtocolTest.UPLOAD, batch(record(fresh.get(0), TOWN, "新一", null), record(fresh.get(1), TOWN, "新二", null),
                record(buried, TOWN, "复活", 1L), record(moved, TOWN, "旧版本改动", 1L),
                record(fresh.get(2), TOWN, "新三", null), record(fresh.get(3), TOWN, "新四", null)));
        assertEquals(List.of("CREATED", "CREATED", "CONFLICT", "CONFLICT", "CREATED", "CREATED"), answer.getList("results.status"));
        assertEquals(Boolean.TRUE, answer.get("results[2].deleted"));
        assertEquals(2, answer.getInt("results[3].version"));
        assertEquals("已改", answer.getString("results[3].current.name"));
        assertEquals(0, count("SELECT count(*) FROM sample WHERE id = ANY(?)", List.of(buried)));
        assertEquals(1, count("SELECT count(*) FROM sample WHERE id = ANY(?) AND name = '已改' AND version = 2", List.of(moved)));
        assertEquals(1, count("SELECT count(DISTINCT xmin::text) FROM sample WHERE id = ANY(?)", fresh));
    }

    @Test
    void oneIdTwiceInABatchIsCreatedThenUpdatedAsIfUploadedOneAfterTheOther() {
        UUID id = UUID.randomUUID();
        JsonPath answer = upload(SyncProtocolTest.UPLOAD, batch(record(id, TOWN, "先", null), record(id, TOWN, "后", 1L),
                record(id, TOWN, "后", 1L), "{\"id\":\"" + id + "\",\"version\":2,\"deleted\":true}", record(id, TOWN, "复活", 2L)));
        assertEquals(List.of("CREATED", "UPDATED", "UNCHANGED", "UPDATED", "CONFLICT"), answer.getList("results.status"));
        assertEquals(List.of(1, 2, 2, 2, 2), answer.getList("results.version"));
        assertEquals(0, count("SELECT count(*) FROM sample WHERE id = ANY(?)", List.of(id)));
        // CREATE, UPDATE, DELETE and the deletion's MOVED_OUT, as four uploads one after the other write
        assertEquals(4, count("SELECT count(*) FROM audit_log WHERE entity_id = ANY(CAST(? AS text[]))", List.of(id)));
    }

    @Test
    void aRetriedBatchWithItsIdempotencyKeyAnswersTheSameAndStoresNothingTwice() {
        List<UUID> ids = ids(20);
        String[] names = new String[20];
        for (int i = 0; i < 20; i++) {
            names[i] = i == 7 ? PickySampleSyncAdapter.REFUSED : i == 13 ? PickySampleSyncAdapter.UNSTORABLE : "重试" + i;
        }
        String body = records(ids, names);
        Response first = as("township-clerk", TOWN).header("Idempotency-Key", "batch-retry").body(body).post(PICKY);
        first.then().statusCode(200);
        Response retry = as("township-clerk", TOWN).header("Idempotency-Key", "batch-retry").body(body).post(PICKY);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        JsonPath a = first.jsonPath();
        JsonPath b = retry.jsonPath();
        assertEquals(a.getList("results"), b.getList("results"));
        assertEquals(a.getMap("summary"), b.getMap("summary"));
        assertEquals(18, a.getInt("summary.created"), a.prettify());
        assertEquals(18, count("SELECT count(*) FROM sample WHERE id = ANY(?)", ids));
        assertEquals(18, count("SELECT count(*) FROM audit_log WHERE entity_id = ANY(CAST(? AS text[]))", ids));
    }

    long count(String sql, List<UUID> ids) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
