package cn.daxiang.justice.kit.person;

import cn.daxiang.justice.kit.config.KitConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonKeysTest {

    static final String K1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String K2 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    static PersonKeys keys(Map<String, String> hashKeys, String current) {
        PersonKeys keys = new PersonKeys();
        keys.config = new KitConfig.Persons() {
            public Map<String, String> hashKeys() {
                return hashKeys;
            }

            public Optional<String> currentKey() {
                return Optional.ofNullable(current);
            }

            public boolean reindexAtStart() {
                return false;
            }

            public int batchSize() {
                return 500;
            }
        };
        keys.load();
        return keys;
    }

    @Test
    void theHashIsHmacSha256OfTheNormalisedNumberAsBase64UrlWithoutPadding() {
        PersonKeys keys = keys(Map.of("k1", K1), "k1");
        String hash = keys.hash("11010519491231002X");
        assertEquals(hash, keys.hash(" 11010519491231002x "), "trimmed, check character upper-cased");
        assertEquals(43, hash.length());
        assertTrue(hash.matches("[A-Za-z0-9_-]+"), hash);
        // the same construction computed independently (Python: hmac.new(key, number, sha256), urlsafe base64, no padding)
        assertEquals("pmdVRTsQbc6gz6JkIUrln_HosGfz5fOqgIXh2HV4gOs", hash);
        assertEquals("k1", keys.currentKeyId());
        assertNull(keys.hash(null));
    }

    @Test
    void eachKeyGivesAnotherHashAndTheCurrentKeyComesFirst() {
        PersonKeys keys = keys(Map.of("k1", K1, "k2", K2), "k2");
        assertNotEquals(keys.hash("k1", "11010519491231002X"), keys.hash("k2", "11010519491231002X"));
        assertEquals(keys.hash("k2", "11010519491231002X"), keys.hash("11010519491231002X"));
        assertEquals("k2", keys.keyIds().get(0));
    }

    @Test
    void aShortKeyOrACurrentKeyThatIsNotConfiguredRefusesTheStart() {
        assertThrows(IllegalStateException.class, () -> keys(Map.of("k1", "c2hvcnQ="), "k1"));
        assertThrows(IllegalStateException.class, () -> keys(Map.of("k1", K1), "k9"));
    }
}
