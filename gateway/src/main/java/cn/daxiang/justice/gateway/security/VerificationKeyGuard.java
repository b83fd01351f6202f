package cn.daxiang.justice.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/** Like the services, the gateway does not start without a key to check tokens with. */
@Singleton
public class VerificationKeyGuard {

    void onStart(@Observes StartupEvent event) {
        var config = ConfigProvider.getConfig();
        boolean configured = List.of("mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location")
                .stream().anyMatch(p -> config.getOptionalValue(p, String.class).filter(v -> !v.isBlank()).isPresent());
        if (!configured) {
            throw new IllegalStateException("No JWT verification key is configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                    + "or MP_JWT_VERIFY_PUBLICKEY. The gateway will not start without one.");
        }
    }
}
