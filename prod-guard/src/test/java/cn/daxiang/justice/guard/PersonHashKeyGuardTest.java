package cn.daxiang.justice.guard;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.daxiang.justice.guard.VerificationKeyGuardTest.config;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonHashKeyGuardTest {

    static final String PRODUCTION_KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";

    @Test
    void refusesAProductionStartWithoutAPersonHashKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PersonHashKeyGuard.check(config("prod", Map.of())));
        assertTrue(e.getMessage().contains("PLATFORM_PERSONS_CURRENT_KEY"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> PersonHashKeyGuard.check(config("prod",
                Map.of("platform.persons.current-key", "k1", "platform.persons.hash-keys.k2", PRODUCTION_KEY))));
    }

    @Test
    void refusesTheCommittedDevelopmentKeyInProductionUnderAnyIdOrSpelling() {
        String reflowed = DevCredentials.DEV_PERSON_HASH_KEY + "\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PersonHashKeyGuard.check(config("prod",
                Map.of("platform.persons.current-key", "k1", "platform.persons.hash-keys.k1", PRODUCTION_KEY,
                        "platform.persons.hash-keys.old", reflowed))));
        assertTrue(e.getMessage().contains("platform.persons.hash-keys.old"), e.getMessage());
        assertFalse(e.getMessage().contains(DevCredentials.DEV_PERSON_HASH_KEY), "the message never repeats a key");
        assertThrows(IllegalStateException.class, () -> PersonHashKeyGuard.check(config("prod",
                Map.of("platform.persons.current-key", "k1", "platform.persons.hash-keys.k1", PRODUCTION_KEY,
                        "PLATFORM_PERSONS_HASH_KEYS_OLD", DevCredentials.DEV_PERSON_HASH_KEY))), "set in the environment's spelling");
    }

    @Test
    void acceptsAProductionKeyAndLeavesTheDevelopmentProfilesAlone() {
        assertDoesNotThrow(() -> PersonHashKeyGuard.check(config("prod",
                Map.of("platform.persons.current-key", "k1", "platform.persons.hash-keys.k1", PRODUCTION_KEY))));
        for (String profile : ProductionProfile.DEVELOPMENT_PROFILES) {
            assertDoesNotThrow(() -> PersonHashKeyGuard.check(config(profile, Map.of())), profile);
        }
    }
}
