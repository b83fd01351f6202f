package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's list paging: keyset cursors beside page numbers, and the capped total. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class KitPagingTest {

    static final String DISTRICT = OrgUnits.DISTRICT;
    static final String TOWN_A = OrgUnits.LUOSHI;
    static final String TOWN_B = OrgUnits.CAIE;

    @Inject
    AgroalDataSource dataSource;

    /** {@code count} samples named {@code prefix}-n in {@code orgUnit}, over three dates (ties) and both kinds. */
    void insert(String prefix, String orgUnit, int count) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO corrections.sample (id, org_unit, version, name, kind, amount, happened_on, created_at, created_by,
                                                updated_at, updated_by)
                SELECT gen_random_uuid(), ?, 1, ? || '-' || n, CASE WHEN n % 2 = 0 THEN 'ALPHA' ELSE 'BETA' END, n,
                       DATE '2021-03-01' + (n % 3), now(), 'test', now(), 'test'
                FROM generate_series(1, ?) n""")) {
            insert.setString(1, orgUnit);
            insert.setString(2, prefix);
            insert.setInt(3, count);
            insert.executeUpdate();
        }
    }

    /** The ids of the samples named {@code prefix}-n, in the order {@code orderBy}, as SQL reads them. */
    List<String> idsInOrder(String prefix, String extra, String orderBy) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT id FROM corrections.sample WHERE name LIKE ? " + extra + " ORDER BY " + orderBy)) {
            select.setString(1, prefix + "-%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Follows nextCursor from the first page to the end; every page but the last is full. */
    static List<String> walk(Supplier<RequestSpecification> caller, Map<String, Object> query, int size) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = caller.get().queryParams(query).queryParam("size", size);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/test/samples").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            cursor = page.getString("nextCursor");
            if (cursor != null) {
                assertEquals(size, items.size(), "a page with a next page is full");
            }
            ids.addAll(items);
            assertTrue(++pages < 1000, "the walk ends");
        } while (cursor != null);
        return ids;
    }

    static String prefix() {
        return "游标" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void followingNextCursorFromTheFirstPageToTheEndVisitsEveryRowOnceInOrderWithTiesOnTheOrderColumn() throws SQLException {
        String prefix = prefix();
        insert(prefix, TOWN_A, 23);
        List<String> walked = walk(() -> as("district-admin", DISTRICT),
                Map.of("namePrefix", prefix, "sort", "happenedOn,desc"), 4);
        assertEquals(idsInOrder(prefix, "", "happened_on DESC, id"), walked);
        assertEquals(23, new HashSet<>(walked).size());
        List<String> ascending = walk(() -> as("district-admin", DISTRICT), Map.of("namePrefix", prefix, "sort", "happenedOn"), 5);
        assertEquals(idsInOrder(prefix, "", "happened_on, id"), ascending);
    }

    @Test
    void aCursorKeepsTheListsFiltersAndTheLastPageHasNoNextCursor() throws SQLException {
        String prefix = prefix();
        insert(prefix, TOWN_A, 15);
        List<String> alphas = walk(() -> as("district-admin", DISTRICT),
                Map.of("namePrefix", prefix, "kind", "ALPHA", "orgUnit", TOWN_A, "sort", "happenedOn,desc"), 3);
        assertEquals(idsInOrder(prefix, "AND kind = 'ALPHA'", "happened_on DESC, id"), alphas);
        assertEquals(7, alphas.size());
        as("district-admin", DISTRICT).queryParam("namePrefix", prefix).queryParam("size", 15).get("/test/samples")
                .then().statusCode(200).body("items.size()", equalTo(15)).body("nextCursor", nullValue());
    }

    @Test
    void cursorPagingStaysInTheCallersScopeWhateverCursorItIsGiven() throws SQLException {
        String prefix = prefix();
        insert(prefix, TOWN_A, 6);
        insert(prefix, TOWN_B, 6);
        List<String> mine = walk(() -> as("township-clerk", TOWN_B), Map.of("namePrefix", prefix), 2);
        assertEquals(idsInOrder(prefix, "AND org_unit = '" + TOWN_B + "'", "created_at, id"), mine);
        // A cursor taken from another township's list moves within the caller's own rows only.
        String theirs = as("township-clerk", TOWN_A).queryParam("namePrefix", prefix).queryParam("size", 1).get("/test/samples")
                .then().statusCode(200).extract().path("nextCursor");
        assertNotNull(theirs);
        as("township-clerk", TOWN_B).queryParam("namePrefix", prefix).queryParam("cursor", theirs).queryParam("size", 200)
                .get("/test/samples").then().statusCode(200).body("items.orgUnit", everyItem(equalTo(TOWN_B)));
        // A clerk naming another township as a filter gets nothing, by page and by cursor.
        as("township-clerk", TOWN_B).queryParam("namePrefix", prefix).queryParam("orgUnit", TOWN_A).get("/test/samples")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("totalItems", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void aChangedOrMalformedCursorIsA400ProblemNamingTheCursor() throws SQLException {
        String prefix = prefix();
        insert(prefix, TOWN_A, 3);
        String cursor = as("district-admin", DISTRICT).queryParam("namePrefix", prefix).queryParam("size", 1).get("/test/samples")
                .then().statusCode(200).extract().path("nextCursor");
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        int dot = cursor.indexOf('.');
        String changedBody = (cursor.charAt(3) == 'x' ? cursor.substring(0, 3) + "y" : cursor.substring(0, 3) + "x") + cursor.substring(4);
        for (String bad : List.of(tampered, changedBody, cursor.substring(0, dot), "not-a-cursor", "....", cursor + "x")) {
            as("district-admin", DISTRICT).queryParam("namePrefix", prefix).queryParam("cursor", bad).get("/test/samples").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("cursor")).body("detail", containsString("游标"));
        }
        // A cursor of another order, or beside a page number, is refused too.
        as("district-admin", DISTRICT).queryParam("namePrefix", prefix).queryParam("cursor", cursor).queryParam("sort", "name")
                .get("/test/samples").then().statusCode(400).body("errors.field", hasItem("cursor"));
        as("district-admin", DISTRICT).queryParam("namePrefix", prefix).queryParam("cursor", cursor).queryParam("page", 1)
                .get("/test/samples").then().statusCode(400).body("errors.field", hasItem("cursor"));
        as("district-admin", DISTRICT).queryParam("namePrefix", prefix).queryParam("cursor", cursor).get("/test/samples")
                .then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void theTotalIsExactUpToOneThousandAndPastItIsOneThousandFlaggedNotExact() throws SQLException {
        String small = prefix();
        insert(small, TOWN_A, 7);
        as("district-admin", DISTRICT).queryParam("namePrefix", small).queryParam("size", 2).get("/test/samples").then()
                .statusCode(200).body("totalItems", equalTo(7)).body("totalExact", equalTo(true)).body("nextCursor", notNullValue());
        String exactly = prefix();
        insert(exactly, TOWN_A, 1000);
        String large = prefix();
        insert(large, TOWN_A, 1001);
        try {
            as("district-admin", DISTRICT).queryParam("namePrefix", exactly).get("/test/samples").then()
                    .statusCode(200).body("totalItems", equalTo(1000)).body("totalExact", equalTo(true));
            as("district-admin", DISTRICT).queryParam("namePrefix", large).get("/test/samples").then()
                    .statusCode(200).body("totalItems", equalTo(1000)).body("totalExact", equalTo(false))
                    .body("items.size()", equalTo(20));
        } finally {
            try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM corrections.sample WHERE name LIKE ? OR name LIKE ?")) {
                delete.setString(1, exactly + "-%");
                delete.setString(2, large + "-%");
                delete.executeUpdate();
            }
        }
    }
}
