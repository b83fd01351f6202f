package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.kit.audit.AuditLog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link AuditLog#createdAll}: the rows {@link AuditLog#created} writes one by one, in multi-row inserts. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AuditCreatedAllTest {

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    static Sample sample(int i) {
        Sample s = new Sample();
        s.orgUnit = OrgUnits.LUOSHI;
        s.name = "张三" + i;
        s.idNumber = "43050319900101123" + (i % 10);
        s.kind = Sample.Kind.BETA;
        s.amount = i;
        // a review due 7 days after 2021-09-28: past the National Day holiday
        s.happenedOn = LocalDate.of(2021, 9, 28);
        return s;
    }

    /** Everything an audit row says but its own id, time and the record's id; personal data as masked. */
    String row(Sample s) {
        List<String> rows = Rows.strings(dataSource, "SELECT concat_ws('|', action, actor, coalesce(actor_org_unit, '-'), entity_type,"
                + " entity_version, org_unit, changes::text, coalesce(request_id, '-')) FROM audit_log WHERE entity_id = ?", s.id.toString());
        assertEquals(1, rows.size(), "one row per record");
        return rows.get(0);
    }

    List<String> auditedInOrder(List<Sample> samples) {
        return Rows.strings(dataSource, "SELECT entity_id FROM audit_log WHERE entity_id = ANY (?) ORDER BY id",
                (Object) samples.stream().map(s -> s.id.toString()).toArray(String[]::new));
    }

    @Test
    void recordsCreatedAtOnceGetTheRowsEachWouldGetAloneInTheirOrderAndTheirDeadlines() {
        List<Sample> alone = List.of(sample(1), sample(2));
        List<Sample> atOnce = List.of(sample(1), sample(2));
        QuarkusTransaction.requiringNew().run(() -> alone.forEach(s -> {
            s.persist();
            audit.created(s);
        }));
        QuarkusTransaction.requiringNew().run(() -> {
            atOnce.forEach(s -> s.persist());
            audit.createdAll(atOnce);
        });
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(row(alone.get(i)), row(atOnce.get(i)));
            assertTrue(row(atOnce.get(i)).startsWith("CREATE|anonymous|-|Sample|1|" + OrgUnits.LUOSHI + "|{"), row(atOnce.get(i)));
            assertFalse(row(atOnce.get(i)).contains("张三"), "the name masked as ever");
            assertEquals(1, Rows.count(dataSource, "SELECT count(*) FROM deadline WHERE entity_id = ?", atOnce.get(i).id),
                    "each record's clock is kept as on every audited write");
        }

        // more than one insert's rows: still one row each, in the records' order
        List<Sample> many = new ArrayList<>(IntStream.range(0, 230).mapToObj(AuditCreatedAllTest::sample).toList());
        QuarkusTransaction.requiringNew().run(() -> {
            many.forEach(s -> s.persist());
            audit.createdAll(many);
        });
        assertEquals(many.stream().map(s -> s.id.toString()).toList(), auditedInOrder(many));
    }
}
