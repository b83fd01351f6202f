package cn.daxiang.justice.guard;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.daxiang.justice.guard.VerificationKeyGuardTest.config;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasourcePasswordGuardTest {

    static final String STRONG = "q7Vw-2mZr9pLx4Tn8bYc";

    @Test
    void refusesEveryPasswordOfTheDatabaseInitScriptInProduction() throws Exception {
        String script = Files.readString(Path.of("..", "dev-support", "src", "main", "resources", "db-init", "01-roles-and-schemas.sql"));
        Matcher suffix = Pattern.compile("PASSWORD %L',.*?, svc \\|\\| '(_\\w+)'\\)").matcher(script);
        int found = 0;
        while (suffix.find()) {
            for (String svc : new String[] {"corrections", "mediation", "legalaid", "evaluation"}) {
                String password = svc + suffix.group(1);
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> DatasourcePasswordGuard.check(
                        config("prod", Map.of("quarkus.datasource.password", password, "quarkus.flyway.password", STRONG))), password);
                assertTrue(e.getMessage().contains("quarkus.datasource.password"), e.getMessage());
                assertFalse(e.getMessage().contains(password), "the message never repeats a password");
                found++;
            }
        }
        assertTrue(found >= 8, "the script's app and migrator passwords were found: " + found);
    }

    @Test
    void refusesADevDefaultOrShortPasswordOnAnyDatasourceOrFlyway() {
        assertThrows(IllegalStateException.class, () -> DatasourcePasswordGuard.check(config("prod",
                Map.of("quarkus.datasource.password", STRONG, "quarkus.flyway.password", "corrections_migrator_dev"))));
        assertThrows(IllegalStateException.class, () -> DatasourcePasswordGuard.check(config("prod",
                Map.of("quarkus.datasource.password", "short-secret"))));
        assertThrows(IllegalStateException.class, () -> DatasourcePasswordGuard.check(config("prod",
                Map.of("quarkus.datasource.\"reports\".password", "A_LONG_PASSWORD_BUT_DEV"))));
    }

    @Test
    void acceptsLongProductionPasswords() {
        assertDoesNotThrow(() -> DatasourcePasswordGuard.check(config("prod",
                Map.of("quarkus.datasource.password", STRONG, "quarkus.flyway.password", STRONG + "x"))));
    }

    @Test
    void theDevelopmentProfilesKeepTheirDefaults() {
        for (String profile : ProductionProfile.DEVELOPMENT_PROFILES) {
            assertDoesNotThrow(() -> DatasourcePasswordGuard.check(config(profile,
                    Map.of("quarkus.datasource.password", "corrections_app_dev"))), profile);
        }
    }
}
