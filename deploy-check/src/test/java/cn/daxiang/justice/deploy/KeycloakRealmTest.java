package cn.daxiang.justice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deploy/keycloak/realm.json gives the tokens the services accept: roles in groups, org_unit, the audience. */
class KeycloakRealmTest {

    static JsonNode realm() throws IOException {
        return Deploy.JSON.readTree(Deploy.DIR.resolve("keycloak/realm.json").toFile());
    }

    /** The kit's Roles constants (service-kit kit.security.Roles), read from its source. */
    static Set<String> platformRoles() {
        Matcher constant = Pattern.compile("public static final String \\w+ = \"([a-z-]+)\";")
                .matcher(Deploy.read(Deploy.ROOT.resolve("service-kit/src/main/java/cn/daxiang/justice/kit/security/Roles.java")));
        Set<String> roles = new TreeSet<>();
        while (constant.find()) {
            roles.add(constant.group(1));
        }
        return roles;
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void theRealmHasExactlyThePlatformsFiveRoles() throws IOException {
        Set<String> realmRoles = new TreeSet<>();
        realm().path("roles").path("realm").forEach(r -> realmRoles.add(r.path("name").asText()));
        assertEquals(5, platformRoles().size());
        assertEquals(platformRoles(), realmRoles);
    }

    @Test
    void everyClientGetsTheOrgUnitRolesAndAudienceClaims() throws IOException {
        JsonNode realm = realm();
        JsonNode scope = list(realm.path("clientScopes")).stream()
                .filter(s -> s.path("name").asText().equals("judicial-platform")).findFirst().orElseThrow();
        JsonNode orgUnit = mapper(scope, "oidc-usermodel-attribute-mapper");
        assertEquals("org_unit", orgUnit.path("config").path("user.attribute").asText());
        assertEquals("org_unit", orgUnit.path("config").path("claim.name").asText());
        assertEquals("true", orgUnit.path("config").path("access.token.claim").asText());
        JsonNode groups = mapper(scope, "oidc-usermodel-realm-role-mapper");
        assertEquals("groups", groups.path("config").path("claim.name").asText());
        assertEquals("true", groups.path("config").path("multivalued").asText());
        assertEquals("judicial-platform", mapper(scope, "oidc-audience-mapper").path("config")
                .path("included.custom.audience").asText());
        assertTrue(list(realm.path("defaultDefaultClientScopes")).stream().anyMatch(s -> s.asText().equals("judicial-platform")));
        for (JsonNode client : list(realm.path("clients"))) {
            assertTrue(list(client.path("defaultClientScopes")).stream().anyMatch(s -> s.asText().equals("judicial-platform")),
                    client.path("clientId").asText());
        }
        assertEquals("RS256", realm.path("defaultSignatureAlgorithm").asText());
    }

    @Test
    void everySampleUserIsBoundToAnOrgUnitHasOnePlatformRoleAndNoPassword() throws IOException {
        List<JsonNode> users = list(realm().path("users"));
        Set<String> rolesUsed = new TreeSet<>();
        for (JsonNode user : users) {
            String name = user.path("username").asText();
            assertTrue(user.path("attributes").path("org_unit").path(0).asText().matches("\\d{12}"), name);
            assertEquals(1, user.path("realmRoles").size(), name);
            rolesUsed.add(user.path("realmRoles").path(0).asText());
            assertFalse(user.has("credentials"), name + ": no password in the export");
        }
        assertEquals(platformRoles(), rolesUsed, "a sample user for every role");
        assertFalse(Deploy.read(Deploy.DIR.resolve("keycloak/realm.json")).contains("\"secret\""), "no client secret");
    }

    static JsonNode mapper(JsonNode scope, String type) {
        return list(scope.path("protocolMappers")).stream().filter(m -> m.path("protocolMapper").asText().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type));
    }
}
