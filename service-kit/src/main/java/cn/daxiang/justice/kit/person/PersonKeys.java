package cn.daxiang.justice.kit.person;

import cn.daxiang.justice.guard.PersonHashKeyGuard;
import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keyed hash of a resident ID number (a blind index): HMAC-SHA256 with a secret from configuration
 * ({@code platform.persons.hash-keys}, the same in every service) over the number in its one stored form (the kit's
 * {@link ResidentIdNumber#normalize}: trimmed, check character {@code X} upper-case), as base64url without padding.
 * A hash finds a person's records by an index probe and links one person across the lines, and without the key it
 * gives the number back to no one (unlike a plain SHA-256 of the 18 digits, which a table of all numbers inverts).
 */
@ApplicationScoped
public class PersonKeys {

    /** Shortest secret accepted: HMAC-SHA256's own block of strength. */
    public static final int MIN_KEY_BYTES = 32;

    @Inject
    KitConfig.Persons config;

    private Map<String, SecretKeySpec> keys;
    private String current;

    @PostConstruct
    void load() {
        Map<String, SecretKeySpec> loaded = new LinkedHashMap<>();
        // key ids are case-insensitive: a key set as PLATFORM_PERSONS_HASH_KEYS_K2 may arrive as k2 or K2
        new TreeMap<>(config.hashKeys()).forEach((id, secret) -> loaded.put(id.toLowerCase(Locale.ROOT), key(id, secret)));
        keys = Map.copyOf(loaded);
        current = config.currentKey().map(id -> id.toLowerCase(Locale.ROOT)).orElse(null);
        if (current != null && !keys.containsKey(current)) {
            throw new IllegalStateException("platform.persons.current-key names key '" + current
                    + "', which platform.persons.hash-keys does not hold");
        }
    }

    /** In production a missing key or the committed development key refuses the start (prod-guard). */
    void onStart(@Observes StartupEvent event) {
        PersonHashKeyGuard.check(ConfigProvider.getConfig());
    }

    private static SecretKeySpec key(String id, String secret) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("platform.persons.hash-keys." + id + " is not base64", e);
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("platform.persons.hash-keys." + id + " holds " + bytes.length
                    + " bytes; at least " + MIN_KEY_BYTES + " are needed");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The id of the key new hashes are made with. */
    public String currentKeyId() {
        if (current == null) {
            throw new IllegalStateException("platform.persons.current-key is not set");
        }
        return current;
    }

    /** The keys configured, the current one first: a lookup during a re-hash tries each. */
    public List<String> keyIds() {
        return keys.keySet().stream().sorted((a, b) -> a.equals(current) ? -1 : b.equals(current) ? 1 : a.compareTo(b)).toList();
    }

    /** The hash of {@code idNumber} with the current key. */
    public String hash(String idNumber) {
        return hash(currentKeyId(), idNumber);
    }

    /** The hash of {@code idNumber} with key {@code keyId}; null for a missing number. */
    public String hash(String keyId, String idNumber) {
        String number = ResidentIdNumber.normalize(idNumber);
        if (number == null || number.isEmpty()) {
            return null;
        }
        SecretKeySpec key = keys.get(keyId.toLowerCase(Locale.ROOT));
        if (key == null) {
            throw new IllegalArgumentException("no person hash key '" + keyId + "' is configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(number.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
