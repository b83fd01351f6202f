package cn.daxiang.justice.devsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The classifier of contract changes: what breaks a generated client, what only adds. */
class OpenApiContractTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/x/items": {
                "get": {"operationId": "listItems",
                  "parameters": [{"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}}],
                  "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemPage"}}}}}},
                "post": {"operationId": "createItem",
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemInput"}}}},
                  "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}}}},
              "/api/v1/x/items/{id}": {
                "get": {"operationId": "getItem", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}}}}},
             "components": {"schemas": {
               "Status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
               "ItemInput": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string"}, "note": {"type": "string"}, "status": {"$ref": "#/components/schemas/Status"}}},
               "Item": {"type": "object", "properties": {
                 "id": {"type": "string"}, "name": {"type": "string"}, "count": {"type": "integer"},
                 "status": {"$ref": "#/components/schemas/Status"}}},
               "ItemPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                 "totalItems": {"type": "integer"}}}}}}
            """;

    static JsonNode document() throws Exception {
        return MAPPER.readTree(DOCUMENT);
    }

    static List<OpenApiContract.Difference> changed(Consumer<ObjectNode> change) throws Exception {
        ObjectNode served = (ObjectNode) document();
        change.accept(served);
        return OpenApiContract.compare(document(), served);
    }

    static List<String> breaking(List<OpenApiContract.Difference> differences) {
        return differences.stream().filter(OpenApiContract.Difference::breaking).map(OpenApiContract.Difference::message).toList();
    }

    static ObjectNode schema(ObjectNode doc, String name) {
        return (ObjectNode) doc.with("components").with("schemas").get(name);
    }

    @Test
    void theSameDocumentHasNoDifferenceWhateverItsKeyOrder() throws Exception {
        JsonNode reordered = MAPPER.readTree(OpenApiContract.pretty(document()));
        assertTrue(OpenApiContract.compare(document(), reordered).isEmpty());
    }

    @Test
    void removedPathAndOperationAreBreaking() throws Exception {
        List<String> removedPath = breaking(changed(d -> ((ObjectNode) d.get("paths")).remove("/api/v1/x/items/{id}")));
        assertEquals(List.of("removed path /api/v1/x/items/{id}"), removedPath);
        List<String> removedOperation = breaking(changed(d -> ((ObjectNode) d.get("paths").get("/api/v1/x/items")).remove("post")));
        assertEquals(List.of("removed operation POST /api/v1/x/items"), removedOperation);
    }

    @Test
    void removedResponseFieldIsBreakingAndNamed() throws Exception {
        List<String> found = breaking(changed(d -> ((ObjectNode) schema(d, "Item").get("properties")).remove("count")));
        assertTrue(found.contains("GET /api/v1/x/items/{id} response 200: removed response field count"), found.toString());
        // Also found through the page envelope's items.
        assertTrue(found.contains("GET /api/v1/x/items response 200.items[]: removed response field count"), found.toString());
    }

    @Test
    void changedFieldTypeIsBreaking() throws Exception {
        List<String> found = breaking(changed(d -> ((ObjectNode) schema(d, "Item").get("properties").get("count")).put("type", "string")));
        assertTrue(found.contains("GET /api/v1/x/items/{id} response 200.count: type changed from integer to string"), found.toString());
    }

    @Test
    void newRequiredParameterOrRequestFieldIsBreaking() throws Exception {
        List<String> parameter = breaking(changed(d -> ((ArrayNode) d.at("/paths/~1api~1v1~1x~1items/get/parameters")).addObject()
                .put("name", "orgUnit").put("in", "query").put("required", true).putObject("schema").put("type", "string")));
        assertEquals(List.of("GET /api/v1/x/items: new required parameter query orgUnit"), parameter);
        List<String> field = breaking(changed(d -> ((ArrayNode) schema(d, "ItemInput").get("required")).add("note")));
        assertEquals(List.of("POST /api/v1/x/items request: new required request field note"), field);
    }

    @Test
    void removedEnumValueIsBreakingWhereverTheEnumIsUsed() throws Exception {
        List<String> found = breaking(changed(d -> schema(d, "Status").putArray("enum").add("OPEN")));
        assertTrue(found.contains("GET /api/v1/x/items parameter query status: removed enum value CLOSED"), found.toString());
        assertTrue(found.contains("POST /api/v1/x/items request.status: removed enum value CLOSED"), found.toString());
    }

    @Test
    void aSchemaThatHoldsItselfIsComparedWithoutEndlessRecursion() throws Exception {
        ObjectNode before = (ObjectNode) document();
        schema(before, "Item").with("properties").putObject("children").put("type", "array")
                .putObject("items").put("$ref", "#/components/schemas/Item");
        ObjectNode after = before.deepCopy();
        schema(after, "Item").with("properties").remove("count");

        List<String> found = breaking(OpenApiContract.compare(before, after));

        assertTrue(found.contains("GET /api/v1/x/items response 200.items[]: removed response field count"), found.toString());
    }

    @Test
    void additionsAreNamedButNotBreaking() throws Exception {
        List<OpenApiContract.Difference> differences = changed(d -> {
            ((ObjectNode) schema(d, "Item").get("properties")).putObject("createdAt").put("type", "string");
            ((ObjectNode) schema(d, "ItemInput").get("properties")).putObject("remark").put("type", "string");
            ((ArrayNode) schema(d, "Status").get("enum")).add("ARCHIVED");
            ((ObjectNode) d.get("paths")).putObject("/api/v1/x/stats").putObject("get").put("operationId", "stats");
            ((ArrayNode) d.at("/paths/~1api~1v1~1x~1items/get/parameters")).addObject()
                    .put("name", "from").put("in", "query").putObject("schema").put("type", "string");
        });
        assertTrue(breaking(differences).isEmpty(), differences.toString());
        assertTrue(differences.stream().anyMatch(d -> d.message().equals("added /components/schemas/Item/properties/createdAt")),
                differences.toString());
        assertTrue(differences.stream().anyMatch(d -> d.message().equals("added /paths/~1api~1v1~1x~1stats")), differences.toString());
    }

    @Test
    void checkFailsWithBreakingLinesOrAsksToUpdateAndUpdateWritesTheFile(@TempDir Path dir) throws Exception {
        Path committed = dir.resolve("x.json");
        OpenApiContract.check(committed, DOCUMENT, true, "update-it");
        assertEquals(OpenApiContract.pretty(document()), Files.readString(committed));
        OpenApiContract.check(committed, DOCUMENT, false, "update-it");

        ObjectNode removed = (ObjectNode) document();
        ((ObjectNode) removed.get("paths")).remove("/api/v1/x/items/{id}");
        AssertionError breakingError = assertThrows(AssertionError.class,
                () -> OpenApiContract.check(committed, removed.toString(), false, "update-it"));
        assertTrue(breakingError.getMessage().contains("BREAKING: removed path /api/v1/x/items/{id}"), breakingError.getMessage());

        ObjectNode added = (ObjectNode) document();
        ((ObjectNode) added.get("paths")).putObject("/api/v1/x/more").putObject("get");
        AssertionError additiveError = assertThrows(AssertionError.class,
                () -> OpenApiContract.check(committed, added.toString(), false, "update-it"));
        assertFalse(additiveError.getMessage().contains("BREAKING"), additiveError.getMessage());
        assertTrue(additiveError.getMessage().contains("additive changes only") && additiveError.getMessage().contains("update-it"),
                additiveError.getMessage());
    }

    @Test
    void gapsNameWhatAnOperationLacks() throws Exception {
        List<String> gaps = OpenApiContract.gaps(document());
        assertTrue(gaps.contains("GET /api/v1/x/items: no summary"), gaps.toString());
        assertTrue(gaps.contains("POST /api/v1/x/items: the request body has no example"), gaps.toString());
        assertTrue(gaps.contains("GET /api/v1/x/items/{id}: parameter id has no description"), gaps.toString());
        ObjectNode untyped = (ObjectNode) document();
        ((ObjectNode) untyped.at("/paths/~1api~1v1~1x~1items~1{id}/get/responses/200/content/application~1json"))
                .putObject("schema").put("type", "object");
        assertTrue(OpenApiContract.gaps(untyped).contains("GET /api/v1/x/items/{id}: response 200 is an untyped object"));
        // A member the scanner could not type (a Java Object) is an empty schema.
        assertFalse(gaps.stream().anyMatch(g -> g.startsWith("schema ")), gaps.toString());
        ObjectNode member = (ObjectNode) document();
        ((ObjectNode) member.at("/components/schemas/Item/properties")).putObject("current").put("description", "anything");
        assertTrue(OpenApiContract.gaps(member).contains("schema Item: property current is untyped"), OpenApiContract.gaps(member).toString());
    }
}
