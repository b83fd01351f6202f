package cn.daxiang.justice.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance checker without a platform: it passes what conforms and fails what does not, so
 * that a green {@code everyAnswerConformsToThePublishedContract} means something.
 */
class ContractConformanceTest {

    static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "info": {"title": "t", "version": "1", "x-owner": "e2e"},
              "paths": {
                "/api/v1/things": {
                  "get": {
                    "x-roles": ["district-admin"],
                    "parameters": [{"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 200}}],
                    "responses": {
                      "200": {"description": "a page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                      "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"type": "object"}}}}
                    }
                  }
                },
                "/api/v1/things/{id}": {
                  "get": {
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "responses": {
                      "200": {"description": "one", "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                        "text/html": {"schema": {"type": "string"}}}}
                    }
                  }
                },
                "/api/v1/sync/{resource}": {
                  "post": {"responses": {"200": {"description": "any resource", "content": {"application/json": {"schema": {"type": "object"}}}}}}
                },
                "/api/v1/sync/things": {
                  "post": {"responses": {"200": {"description": "things", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["summary"], "properties": {"summary": {"type": "string"}}}}}}}}
                },
                "/api/v1/{line}/things": {
                  "get": {"responses": {"200": {"description": "by line", "content": {"application/json": {"schema": {"type": "array"}}}}}}
                },
                "/api/v1/both": {
                  "get": {"responses": {"2XX": {"description": "a range", "content": {"application/*": {"schema": {"type": "object", "required": ["ok"]}}}}}}
                }
              },
              "components": {
                "schemas": {
                  "Page": {
                    "type": "object",
                    "required": ["items", "totalItems"],
                    "properties": {
                      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                      "totalItems": {"type": "integer", "format": "int64"}
                    }
                  },
                  "Thing": {
                    "type": "object",
                    "description": "a thing",
                    "examples": [{"id": "7f1f7b5c-4f5e-4a4e-9c7a-1b2c3d4e5f60", "name": "n"}],
                    "x-table": "thing",
                    "required": ["id", "name", "endedOn", "note", "kind"],
                    "properties": {
                      "id": {"$ref": "#/components/schemas/UUID"},
                      "name": {"type": "string", "examples": ["张三"]},
                      "startedOn": {"$ref": "#/components/schemas/LocalDate"},
                      "endedOn": {"type": ["string", "null"], "format": "date"},
                      "note": {"anyOf": [{"$ref": "#/components/schemas/Note"}, {"type": "null"}]},
                      "kind": {"oneOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]},
                      "tags": {"type": "array", "items": {"type": "string"}}
                    }
                  },
                  "Note": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
                  "Kind": {"type": "string", "enum": ["A", "B"]},
                  "LocalDate": {"type": "string", "format": "date", "examples": ["2021-03-02"]},
                  "UUID": {"type": "string", "format": "uuid"}
                }
              }
            }
            """;

    static final String VALID_THING = """
            {"id": "7f1f7b5c-4f5e-4a4e-9c7a-1b2c3d4e5f60", "name": "张三", "startedOn": "2021-03-02", "endedOn": "2021-09-30",
             "note": {"text": "n"}, "kind": "A", "tags": ["x"]}
            """;

    final ContractConformance contract = ContractConformance.of(DOCUMENT);

    Optional<List<String>> check(String method, String path, int status, String contentType, String body) {
        return contract.check(method, path, status, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    List<String> problems(String method, String path, String body) {
        Optional<List<String>> problems = check(method, path, 200, "application/json;charset=UTF-8", body);
        assertTrue(problems.isPresent(), "checked: " + method + " " + path);
        return problems.get();
    }

    @Test
    void aValidAnswerPasses() {
        assertEquals(List.of(), problems("GET", "/api/v1/things/7f1f7b5c-4f5e-4a4e-9c7a-1b2c3d4e5f60", VALID_THING));
        assertEquals(List.of(), problems("GET", "http://localhost:8080/api/v1/things?size=200&orgUnit=430503000000",
                "{\"items\": [" + VALID_THING + "], \"totalItems\": 1}"));
    }

    @Test
    void anAnswerMissingARequiredPropertyFails() {
        List<String> problems = problems("GET", "/api/v1/things/1", VALID_THING.replace("\"name\": \"张三\",", ""));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("required property 'name' not found"), problems::toString);
        List<String> inList = problems("GET", "/api/v1/things", "{\"items\": [" + VALID_THING + ", {\"id\": \"7f1f7b5c-4f5e-4a4e-9c7a-1b2c3d4e5f60\"}]}");
        assertTrue(inList.stream().anyMatch(p -> p.contains("totalItems")), inList::toString);
        assertTrue(inList.stream().anyMatch(p -> p.startsWith("$.items[1]") && p.contains("'name'")), inList::toString);
    }

    @Test
    void aNullInANonNullablePropertyFails() {
        List<String> problems = problems("GET", "/api/v1/things/1", VALID_THING.replace("\"name\": \"张三\"", "\"name\": null"));
        assertEquals(List.of("$.name: null found, string expected"), problems);
        assertFalse(problems("GET", "/api/v1/things/1", VALID_THING.replace("\"startedOn\": \"2021-03-02\"", "\"startedOn\": null")).isEmpty());
        assertFalse(problems("GET", "/api/v1/things/1", VALID_THING.replace("[\"x\"]", "[null]")).isEmpty());
    }

    @Test
    void aProblemOfManyItemsIsSaidOnceWithItsFirstPlace() {
        String bad = VALID_THING.replace("\"name\": \"张三\"", "\"name\": null");
        List<String> problems = problems("GET", "/api/v1/things", "{\"items\": [" + VALID_THING + ", " + bad + ", " + bad + "], \"totalItems\": 3}");
        assertEquals(List.of("$.items[1].name: null found, string expected (2 places)"), problems);
    }

    @Test
    void aNullWhereTheContractAllowsNullPasses() {
        String nulls = VALID_THING.replace("\"endedOn\": \"2021-09-30\"", "\"endedOn\": null")
                .replace("\"note\": {\"text\": \"n\"}", "\"note\": null")
                .replace("\"kind\": \"A\"", "\"kind\": null");
        assertEquals(List.of(), problems("GET", "/api/v1/things/1", nulls));
        // but what is not null must still be valid
        assertFalse(problems("GET", "/api/v1/things/1", nulls.replace("\"note\": null", "\"note\": {}")).isEmpty());
        assertFalse(problems("GET", "/api/v1/things/1", nulls.replace("\"kind\": null", "\"kind\": \"C\"")).isEmpty());
        assertFalse(problems("GET", "/api/v1/things/1", nulls.replace("\"endedOn\": null", "\"endedOn\": 3")).isEmpty());
    }

    @Test
    void formatsAreAssertedAndUnknownKeywordsAreNot() {
        assertFalse(problems("GET", "/api/v1/things/1", VALID_THING.replace("2021-03-02", "2021-13-02")).isEmpty());
        assertFalse(problems("GET", "/api/v1/things/1", VALID_THING.replace("7f1f7b5c-", "not-a-uuid-")).isEmpty());
        // examples and x-... are in the schema; a valid answer passes whatever they say
        assertEquals(List.of(), problems("GET", "/api/v1/things/1", VALID_THING.replace("张三", "李四")));
    }

    @Test
    void pathsMatchLiteralSegmentsFirst() {
        assertEquals("/api/v1/sync/things", contract.operation("POST", "/api/v1/sync/things").orElseThrow().path());
        assertEquals("/api/v1/sync/{resource}", contract.operation("POST", "/api/v1/sync/others").orElseThrow().path());
        assertEquals("/api/v1/things/{id}", contract.operation("GET", "/api/v1/things/things").orElseThrow().path());
        assertEquals("/api/v1/{line}/things", contract.operation("GET", "/api/v1/mediation/things").orElseThrow().path());
        assertEquals("/api/v1/things", contract.operation("GET", "http://gw:1/api/v1/things/?size=3").orElseThrow().path());
        // the method counts: the literal path has no GET, the templated one has
        assertEquals("/api/v1/{line}/things", contract.operation("GET", "/api/v1/sync/things").orElseThrow().path());
        assertTrue(contract.operation("PUT", "/api/v1/sync/things").isEmpty(), "no PUT anywhere");
        // the literal path's schema applies, not the templated one's
        assertFalse(problems("POST", "/api/v1/sync/things", "{}").isEmpty());
        assertEquals(List.of(), problems("POST", "/api/v1/sync/others", "{}"));
    }

    @Test
    void whatTheContractDoesNotSpeakToIsNotChecked() {
        assertTrue(check("GET", "/q/health/ready", 200, "application/json", "{}").isEmpty(), "a path outside the contract");
        assertTrue(check("GET", "/api/v1/things/1", 200, "text/html;charset=UTF-8", "<p>").isEmpty(), "not JSON");
        assertTrue(check("GET", "/api/v1/things/1", 404, "application/problem+json", "{}").isEmpty(), "not 2xx");
    }

    @Test
    void whatTheContractDoesNotDeclareIsAViolation() {
        Optional<List<String>> status = check("GET", "/api/v1/things/1", 201, "application/json", VALID_THING);
        assertTrue(status.isPresent() && status.get().get(0).contains("status 201 is not declared"), status::toString);
        Optional<List<String>> method = check("DELETE", "/api/v1/things/1", 200, "application/json", "{}");
        assertTrue(method.isPresent() && method.get().get(0).contains("no DELETE operation"), method::toString);
        Optional<List<String>> media = check("GET", "/api/v1/things/1", 200, "application/hal+json", VALID_THING);
        assertTrue(media.isPresent() && media.get().get(0).contains("media type application/hal+json is not declared"), media::toString);
        Optional<List<String>> notJson = check("GET", "/api/v1/things/1", 200, "application/json", "{\"name\": 张三}");
        assertEquals(Optional.of(List.of("the body is not valid JSON")), notJson);
        // a 2XX range and a application/* media range cover the answer
        assertEquals(List.of(), check("GET", "/api/v1/both", 202, "application/json", "{\"ok\": true}").orElseThrow());
        assertFalse(check("GET", "/api/v1/both", 202, "application/json", "{}").orElseThrow().isEmpty());
    }

    @Test
    void theMessagesNameWhereNotWhat() {
        String secret = "430503196001020034";
        List<String> problems = problems("GET", "/api/v1/things", "{\"items\": [{\"id\": \"" + secret + "\", \"name\": 7}], \"totalItems\": 1}");
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().noneMatch(p -> p.contains(secret)), problems::toString);
        ContractConformance.Violation v = new ContractConformance.Violation("GET", "/api/v1/things", "/api/v1/things", 200, problems);
        List<String> summary = ContractConformance.summary(List.of(v, v), 50);
        assertTrue(summary.get(0).contains("$.items[*]") && summary.get(0).contains("[2 answers"), summary::toString);
    }

    /** The committed contract loads, and every schema of a 2xx JSON answer resolves (its references included). */
    @Test
    void everyResponseSchemaOfTheCommittedContractResolves() throws Exception {
        ContractConformance platform = ContractConformance.of(Files.readString(ContractConformance.documentLocation()));
        List<String> unresolved = new ArrayList<>();
        int schemas = 0;
        for (ContractConformance.Operation op : platform.operations()) {
            for (Map.Entry<String, JsonNode> response : op.node().path("responses").properties()) {
                for (Map.Entry<String, JsonNode> content : response.getValue().path("content").properties()) {
                    if (response.getKey().startsWith("2") && ContractConformance.isJson(content.getKey()) && content.getValue().has("schema")) {
                        schemas++;
                        String pointer = op.pointer() + "/responses/" + response.getKey() + "/content/" + ContractConformance.escape(content.getKey())
                                + "/schema";
                        platform.validate(pointer, "{}").stream().filter(p -> p.contains("could not be evaluated")).forEach(unresolved::add);
                    }
                }
            }
        }
        assertTrue(schemas > 50, "response schemas found: " + schemas);
        assertEquals(List.of(), unresolved);
        // and the real document is checked as the suite checks it
        ContractConformance.Operation subjects = platform.operation("GET", "/api/v1/corrections/subjects?size=200").orElseThrow();
        assertEquals("/api/v1/corrections/subjects", subjects.path());
        assertFalse(platform.check("GET", "/api/v1/corrections/subjects", 200, "application/json",
                "{\"items\": [{\"id\": 1}]}".getBytes(StandardCharsets.UTF_8)).orElseThrow().isEmpty());
    }
}
