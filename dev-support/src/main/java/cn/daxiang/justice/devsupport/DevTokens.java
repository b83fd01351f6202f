package cn.daxiang.justice.devsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 tokens signed with the dev-only key in {@code dev/jwt/}. Only the dev, test and
 * local profiles trust that key. JDK classes only, so {@code ./platform token} needs nothing else.
 */
public final class DevTokens {

    public static final String ISSUER = "https://judicial-platform.dev/issuer";
    public static final String AUDIENCE = "judicial-platform";
    static final String KEY_FILE = "dev/jwt/private-key.pem";

    private DevTokens() {
    }

    /** A token for {@code subject} with {@code role}, acting for {@code orgUnit}, valid for one hour. */
    public static String token(String subject, String role, String orgUnit) {
        return token(subject, List.of(role), orgUnit, ISSUER, Instant.now().plus(Duration.ofHours(1)));
    }

    public static String token(String subject, List<String> roles, String orgUnit, String issuer, Instant expiresAt) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"dev\"}";
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(json(issuer))
                .append(",\"aud\":").append(json(AUDIENCE))
                .append(",\"sub\":").append(json(subject))
                .append(",\"upn\":").append(json(subject))
                .append(",\"groups\":[").append(roles.stream().map(DevTokens::json).collect(Collectors.joining(","))).append(']')
                .append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(expiresAt.getEpochSecond())
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()));
        if (orgUnit != null) {
            claims.append(",\"org_unit\":").append(json(orgUnit));
        }
        claims.append('}');
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign dev token", e);
        }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        String pem;
        try {
            pem = Files.readString(keyFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + KEY_FILE, e);
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** The key file, found from the working directory upwards (tests run in a module directory). */
    static Path keyFile() {
        String configured = System.getProperty("platform.dev-key", System.getenv("PLATFORM_DEV_KEY"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(KEY_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(KEY_FILE + " not found above " + Path.of("").toAbsolutePath());
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code DevTokens ROLE ORG_UNIT [SUBJECT]}: prints a token valid for 12 hours. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DevTokens ROLE ORG_UNIT [SUBJECT]");
            System.exit(2);
        }
        String subject = args.length > 2 ? args[2] : "dev-" + args[0];
        System.out.println(token(subject, List.of(args[0]), args[1], ISSUER, Instant.now().plus(Duration.ofHours(12))));
    }
}
