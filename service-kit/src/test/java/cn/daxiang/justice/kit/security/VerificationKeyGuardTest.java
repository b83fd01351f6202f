package cn.daxiang.justice.kit.security;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationKeyGuardTest {

    private static org.eclipse.microprofile.config.Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void refusesToStartWithoutAKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VerificationKeyGuard.check(config(Map.of())));
        assertTrue(e.getMessage().contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertThrows(IllegalStateException.class,
                () -> VerificationKeyGuard.check(config(Map.of("mp.jwt.verify.publickey.location", " "))));
    }

    @Test
    void startsWithAKeyFileOrInlineKey() {
        assertDoesNotThrow(() -> VerificationKeyGuard.check(config(Map.of("mp.jwt.verify.publickey.location", "/keys/pub.pem"))));
        assertDoesNotThrow(() -> VerificationKeyGuard.check(config(Map.of("mp.jwt.verify.publickey", "MIIB..."))));
    }
}
