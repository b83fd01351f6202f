package cn.daxiang.justice.guard;

import org.eclipse.microprofile.config.Config;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Start-up check of the persons' blind-index keys ({@code platform.persons.hash-keys}, {@code .current-key}), called by
 * the services' kit (the gateway holds no such key, so this is no bean of its own). In production a current key must be
 * set and no configured key may be the committed development key: with it, anyone holding the repository could test
 * guessed ID numbers against the hashes the lines publish.
 */
public final class PersonHashKeyGuard {

    static final String KEYS = "platform.persons.hash-keys.";
    static final String CURRENT = "platform.persons.current-key";

    private PersonHashKeyGuard() {
    }

    public static void check(Config config) {
        if (!ProductionProfile.applies(config)) {
            return;
        }
        Optional<String> current = config.getOptionalValue(CURRENT, String.class);
        if (current.isEmpty() || config.getOptionalValue(KEYS + current.get(), String.class).isEmpty()) {
            throw new IllegalStateException("No person hash key is configured: set PLATFORM_PERSONS_CURRENT_KEY and the key "
                    + "itself (platform.persons.hash-keys.<id>, base64 of at least 32 random bytes, the same in every service). "
                    + "It will not start in production without one.");
        }
        TreeSet<String> refused = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (isKeyProperty(name) && config.getOptionalValue(name, String.class).filter(PersonHashKeyGuard::isDevKey).isPresent()) {
                refused.add(name);
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Person hash keys " + refused + " are the committed development key: set production "
                    + "secrets. It will not start in production with development settings.");
        }
    }

    /** {@code platform.persons.hash-keys.<id>} in any spelling, the environment's ({@code PLATFORM_PERSONS_HASH_KEYS_<ID>}) included. */
    static boolean isKeyProperty(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT).startsWith("PLATFORM_PERSONS_HASH_KEYS_");
    }

    static boolean isDevKey(String value) {
        try {
            return Arrays.equals(Base64.getDecoder().decode(value.strip()), Base64.getDecoder().decode(DevCredentials.DEV_PERSON_HASH_KEY));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
