package cn.daxiang.justice.devsupport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The township sync protocol as every line serves it (see conventions, "Sync"), inherited by each
 * line's {@code @QuarkusTest} sync test. Every check runs over every sync adapter the service has
 * registered, so a new resource is covered without a line of test.
 */
public abstract class SyncProtocolChecks {

    static final String ADAPTER = "cn.daxiang.justice.kit.sync.SyncAdapter";
    static final String READER_UNIT = "430000000000";

    @Inject
    protected BeanManager beans;

    /** The line's sync root, e.g. {@code /api/v1/corrections/sync}. */
    protected abstract String syncRoot();

    /** A resource a township clerk may upload to, for the batch-level checks. */
    protected abstract String sampleResource();

    /** The clerk's org unit for those checks: a township no other test's feed depends on. */
    protected abstract String sampleOrgUnit();

    /** One valid new record of {@link #sampleResource()} in {@link #sampleOrgUnit()}, as JSON, with a fresh id. */
    protected abstract String newSampleRecord();

    /** A name that is not a sync resource of this line. */
    protected String unknownResource() {
        return "no-such-resource";
    }

    /** The resources of every registered sync adapter (the kit's {@code SyncAdapter} beans). */
    protected List<String> resources() {
        List<String> resources = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> adapterType = bean.getTypes().stream().map(SyncProtocolChecks::adapterType)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (adapterType != null) {
                Object adapter = beans.getReference(bean, Object.class, beans.createCreationalContext(bean));
                try {
                    // through the public interface: an adapter's own class may be private
                    resources.add((String) adapterType.getMethod("resource").invoke(adapter));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertFalse(resources.isEmpty(), "no sync adapter registered");
        return resources;
    }

    /** The kit's SyncAdapter interface, if the type is it. */
    static Class<?> adapterType(Type type) {
        Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
        return raw instanceof Class<?> c && c.getName().equals(ADAPTER) ? c : null;
    }

    protected static RequestSpecification caller(String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(role + "@" + orgUnit, role, orgUnit)).contentType(ContentType.JSON);
    }

    public static String batch(String... records) {
        return "{\"records\": [" + String.join(",", records) + "]}";
    }

    /** The line's path segment, e.g. {@code legal-aid}. */
    String segment() {
        return syncRoot().replaceAll(".*/api/v1/([a-z-]+)/sync$", "$1");
    }

    @Test
    void aProvincialReaderGets403OnEveryUploadPathAndReadsEveryFeed() {
        for (String resource : resources()) {
            caller("provincial-reader", READER_UNIT).body(batch()).post(syncRoot() + "/" + resource)
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
            caller("provincial-reader", READER_UNIT).get(syncRoot() + "/" + resource + "/changes").then().statusCode(200);
        }
    }

    @Test
    void noTokenIs401OnEverySyncPath() {
        for (String resource : resources()) {
            given().contentType(ContentType.JSON).body(batch()).post(syncRoot() + "/" + resource).then().statusCode(401);
            given().get(syncRoot() + "/" + resource + "/changes").then().statusCode(401);
        }
    }

    @Test
    void anUnknownResourceIs404AndABadCursorOrLimitIs400() {
        caller("township-clerk", sampleOrgUnit()).body(batch()).post(syncRoot() + "/" + unknownResource()).then().statusCode(404);
        caller("township-clerk", sampleOrgUnit()).queryParam("since", "nonsense")
                .get(syncRoot() + "/" + sampleResource() + "/changes").then().statusCode(400);
        caller("township-clerk", sampleOrgUnit()).queryParam("limit", 1001)
                .get(syncRoot() + "/" + sampleResource() + "/changes").then().statusCode(400);
    }

    @Test
    void idempotencyKeyReturnsTheStoredAnswer() {
        String body = batch(newSampleRecord());
        String path = syncRoot() + "/" + sampleResource();
        String key = "sync-check-" + UUID.randomUUID();
        JsonPath first = caller("township-clerk", sampleOrgUnit()).header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("CREATED", first.getString("results[0].status"), first.prettify());
        caller("township-clerk", sampleOrgUnit()).header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("results[0].status", equalTo("CREATED"));
        caller("township-clerk", sampleOrgUnit()).header("Idempotency-Key", key).body(batch(newSampleRecord())).post(path)
                .then().statusCode(422);
        List<String> many = new ArrayList<>(Collections.nCopies(1001, "{}"));
        caller("township-clerk", sampleOrgUnit()).body(batch(many.toArray(String[]::new))).post(path).then().statusCode(413);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSyncOperationsAreDocumentedPerResource() {
        JsonPath document = RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        String root = syncRoot();
        assertNull(document.get("paths.'" + root + "/{resource}'"));
        assertNull(document.get("paths.'" + root + "/{resource}/changes'"));
        String tag = segment() + "-sync";
        String line = camel(segment());
        for (String resource : resources()) {
            String camel = camel(resource);
            Map<String, Object> changes = document.getMap("paths.'" + root + "/" + resource + "/changes'.get");
            assertNotNull(changes, resource);
            assertEquals(Character.toLowerCase(line.charAt(0)) + line.substring(1) + camel + "Changes", changes.get("operationId"));
            assertEquals(List.of(tag), changes.get("tags"));
            assertEquals(List.of("district-admin", "township-clerk", "provincial-reader"), changes.get("x-roles"));
            Map<String, Object> changeResponses = (Map<String, Object>) changes.get("responses");
            assertTrue(changeResponses.keySet().containsAll(List.of("200", "400", "401", "403")), changeResponses.keySet().toString());
            // the feed is a read: it cannot answer the upload's 409, 413 or 422, so it does not document them
            assertTrue(Collections.disjoint(changeResponses.keySet(), List.of("409", "413", "422")), changeResponses.keySet().toString());
            Map<String, Object> upload = document.getMap("paths.'" + root + "/" + resource + "'.post");
            if (upload == null) {
                continue; // a download-only resource (no input in x-sync-resources)
            }
            assertEquals("upload" + line + camel, upload.get("operationId"));
            // Tag names are unique across the platform (the gateway merges the lines' documents).
            assertEquals(List.of(tag), upload.get("tags"));
            assertEquals(List.of("district-admin", "township-clerk"), upload.get("x-roles"));
            Map<String, Object> responses = (Map<String, Object>) upload.get("responses");
            assertTrue(responses.keySet().containsAll(List.of("200", "400", "401", "403", "409", "413", "422")), responses.keySet().toString());
        }
    }

    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
