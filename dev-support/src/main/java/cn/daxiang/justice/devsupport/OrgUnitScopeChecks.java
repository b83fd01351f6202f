package cn.daxiang.justice.devsupport;

import cn.daxiang.justice.devsupport.testing.AuditRows;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The org-unit scope and the versioning of a record collection that townships keep themselves (see
 * conventions, "Security"), inherited by the collection's {@code @QuarkusTest}: a clerk reaches only its
 * own township's records, by every path, and the provincial reader only reads.
 */
public abstract class OrgUnitScopeChecks {

    private static final String PROBLEM = "application/problem+json";

    private final String collection;
    private final String auditType;

    @Inject
    protected AgroalDataSource dataSource;

    /** {@code collection} e.g. {@code /api/v1/mediation/committees}; {@code auditType} its records' audit entity type. */
    protected OrgUnitScopeChecks(String collection, String auditType) {
        this.collection = collection;
        this.auditType = auditType;
    }

    /** A valid record of {@code orgUnit} as JSON, with {@code extra} members appended (e.g. {@code ,"version":1}). */
    protected abstract String body(UUID id, String orgUnit, String extra);

    /** The audit actions of one record, oldest first. */
    protected List<String> auditActions(UUID id) {
        return AuditRows.auditActions(dataSource, auditType, id);
    }

    /** A second writer still holding the version before {@code current} is told the current one, by body or by If-Match. */
    protected void staleWritersAreToldTheCurrentVersion(UUID id, String orgUnit, int current) {
        String item = collection + "/" + id;
        admin().body(body(id, orgUnit, ",\"version\":" + (current - 1))).put(item).then()
                .statusCode(412).contentType(PROBLEM).body("currentVersion", equalTo(current));
        admin().header("If-Match", "\"" + (current - 1) + "\"").body(body(id, orgUnit, "")).put(item).then()
                .statusCode(412).body("currentVersion", equalTo(current));
    }

    @Test
    void clerksCannotReachAnotherTownshipsRecords() {
        UUID theirs = UUID.randomUUID();
        clerk(CAIE).body(body(theirs, CAIE, "")).post(collection).then().statusCode(201);
        UUID ours = UUID.randomUUID();
        clerk(LUOSHI).body(body(ours, LUOSHI, "")).post(collection).then().statusCode(201);

        clerk(LUOSHI).get(collection + "/" + theirs).then().statusCode(404).contentType(PROBLEM);
        clerk(LUOSHI).body(body(theirs, CAIE, ",\"version\":1")).put(collection + "/" + theirs).then().statusCode(404);
        UUID refused = UUID.randomUUID();
        clerk(LUOSHI).body(body(refused, CAIE, "")).post(collection).then().statusCode(403).contentType(PROBLEM);
        // nor may a clerk move its own record into another township
        clerk(LUOSHI).body(body(ours, CAIE, ",\"version\":1")).put(collection + "/" + ours).then().statusCode(403);

        clerk(LUOSHI).queryParam("size", 200).get(collection).then().statusCode(200)
                .body("items.id", hasItem(ours.toString()))
                .body("items.id", not(hasItem(theirs.toString())))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        // asking for another township's records narrows within the scope, it does not widen it
        clerk(LUOSHI).queryParam("orgUnit", CAIE).get(collection).then().statusCode(200).body("totalItems", equalTo(0));
        admin().queryParam("orgUnit", CAIE).queryParam("size", 200).get(collection).then().statusCode(200)
                .body("items.id", hasItem(theirs.toString()));

        as("provincial-reader", PROVINCE).body(body(refused, LUOSHI, "")).post(collection).then().statusCode(403)
                .contentType(PROBLEM);
        as("provincial-reader", PROVINCE).body(body(ours, LUOSHI, ",\"version\":1")).put(collection + "/" + ours).then()
                .statusCode(403);
        as("provincial-reader", PROVINCE).get(collection + "/" + theirs).then().statusCode(200);

        admin().get(collection + "/" + refused).then().statusCode(404);
        assertEquals(List.of("CREATE"), auditActions(theirs));
        assertEquals(List.of("CREATE"), auditActions(ours));
        assertEquals(List.of(), auditActions(refused));
    }
}
