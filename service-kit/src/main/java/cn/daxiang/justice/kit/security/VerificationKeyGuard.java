package cn.daxiang.justice.kit.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/**
 * Refuses to start without a JWT verification key: a service that starts without one answers
 * every request with an error, which is worse than not starting. Only the dev, test and local
 * profiles configure the dev key; production must configure its own.
 */
@jakarta.inject.Singleton
public class VerificationKeyGuard {

    static final List<String> KEY_PROPERTIES = List.of(
            "mp.jwt.verify.publickey",
            "mp.jwt.verify.publickey.location",
            "smallrye.jwt.verify.key.location");

    void onStart(@Observes StartupEvent event) {
        check(ConfigProvider.getConfig());
    }

    static void check(Config config) {
        for (String property : KEY_PROPERTIES) {
            if (config.getOptionalValue(property, String.class).filter(v -> !v.isBlank()).isPresent()) {
                return;
            }
        }
        throw new IllegalStateException("No JWT verification key is configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                + "(a PEM or JWKS file or URL) or MP_JWT_VERIFY_PUBLICKEY. The service will not start without one.");
    }
}
