package cn.daxiang.justice.guard;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Start-up check of the token verification settings, shared by the services and the gateway.
 * Always: a verification key is configured (a service without one would answer every request with
 * an error, which is worse than not starting). In production ({@link ProductionProfile}): the key is
 * not the committed dev key, whether given inline, as a file or classpath location, PEM or JWKS,
 * and the issuer is not the dev issuer. Anybody holding the dev private key from the repository
 * could otherwise mint tokens of any role.
 */
@Singleton
public class VerificationKeyGuard {

    static final String INLINE_KEY = "mp.jwt.verify.publickey";
    static final List<String> KEY_LOCATIONS = List.of("mp.jwt.verify.publickey.location", "smallrye.jwt.verify.key.location");
    static final String ISSUER = "mp.jwt.verify.issuer";

    void onStart(@Observes StartupEvent event) {
        check(ConfigProvider.getConfig());
    }

    public static void check(Config config) {
        Optional<String> inline = value(config, INLINE_KEY);
        List<String> locations = KEY_LOCATIONS.stream().flatMap(p -> value(config, p).stream()).toList();
        if (inline.isEmpty() && locations.isEmpty()) {
            throw new IllegalStateException("No JWT verification key is configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                    + "(a PEM or JWKS file or URL) or MP_JWT_VERIFY_PUBLICKEY. It will not start without one.");
        }
        if (!ProductionProfile.applies(config)) {
            return;
        }
        value(config, ISSUER).filter(VerificationKeyGuard::isDevIssuer).ifPresent(issuer -> {
            throw new IllegalStateException("The JWT issuer is the development issuer " + DevCredentials.DEV_ISSUER
                    + ": set PLATFORM_JWT_ISSUER (mp.jwt.verify.issuer) to the identity provider's issuer. "
                    + "It will not start in production with development settings.");
        });
        inline.ifPresent(key -> refuseDevKey(key, INLINE_KEY));
        for (String location : locations) {
            readLocation(location).ifPresent(key -> refuseDevKey(key, location));
        }
    }

    private static void refuseDevKey(String key, String source) {
        boolean dev;
        try {
            dev = PublicKeyFingerprints.of(key).contains(DevCredentials.DEV_KEY_SHA256);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The JWT verification key from " + source + " cannot be read as PEM, DER or JWKS: "
                    + e.getMessage(), e);
        }
        if (dev) {
            throw new IllegalStateException("The JWT verification key from " + source + " is the committed development key "
                    + "(dev/jwt/public-key.pem, SHA-256 " + DevCredentials.DEV_KEY_SHA256 + "): point "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION at the identity provider's key. It will not start in production "
                    + "with development settings.");
        }
    }

    static boolean isDevIssuer(String issuer) {
        String normalized = issuer.strip().toLowerCase(Locale.ROOT);
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized.equals(DevCredentials.DEV_ISSUER);
    }

    /**
     * The key text at a location as smallrye-jwt resolves it: {@code file:}, {@code classpath:} or a
     * plain path (file first, then classpath). Remote keys (https JWKS of the identity provider) are
     * not fetched here: the dev key is only ever committed, never served.
     */
    static Optional<String> readLocation(String location) {
        try {
            String lower = location.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http:") || lower.startsWith("https:")) {
                return Optional.empty();
            }
            if (lower.startsWith("file:")) {
                return Optional.of(Files.readString(Path.of(URI.create(location)), StandardCharsets.UTF_8));
            }
            String resource = lower.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            if (!lower.startsWith("classpath:") && Files.isRegularFile(Path.of(location))) {
                return Optional.of(Files.readString(Path.of(location), StandardCharsets.UTF_8));
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
                if (in == null) {
                    throw new IllegalStateException("The JWT verification key location " + location + " does not exist.");
                }
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The JWT verification key at " + location + " cannot be read", e);
        }
    }

    static Optional<String> value(Config config, String property) {
        return config.getOptionalValue(property, String.class).filter(v -> !v.isBlank());
    }
}
