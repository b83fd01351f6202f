package cn.daxiang.justice.guard;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationKeyGuardTest {

    static final Path DEV_KEY = Path.of("..", "dev", "jwt", "public-key.pem");
    static final String PRODUCTION_ISSUER = "https://sso.daxiang.gov.cn/realms/justice";

    @TempDir
    Path dir;

    static Config config(String profile, Map<String, String> values) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500));
        if (profile != null) {
            builder.withProfile(profile);
        }
        return builder.build();
    }

    static Config prod(Map<String, String> values) {
        Map<String, String> withIssuer = new HashMap<>(Map.of(VerificationKeyGuard.ISSUER, PRODUCTION_ISSUER));
        withIssuer.putAll(values);
        return config("prod", withIssuer);
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    static PublicKey otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }

    static PublicKey devKey() throws Exception {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(
                Files.readString(DEV_KEY).replaceAll("-----[A-Z ]+-----", "").strip())));
    }

    @Test
    void theEmbeddedFingerprintIsTheCommittedDevKeys() throws Exception {
        assertEquals(DevCredentials.DEV_KEY_SHA256, PublicKeyFingerprints.of(Files.readString(DEV_KEY)).iterator().next());
    }

    @Test
    void refusesToStartWithoutAKeyInAnyProfile() {
        for (String profile : new String[] {"prod", "local"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> VerificationKeyGuard.check(config(profile, Map.of())));
            assertTrue(e.getMessage().contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            assertThrows(IllegalStateException.class,
                    () -> VerificationKeyGuard.check(config(profile, Map.of("mp.jwt.verify.publickey.location", " "))));
        }
    }

    @Test
    void refusesTheDevKeyByFileInProduction() {
        String path = DEV_KEY.toAbsolutePath().toString();
        for (String location : new String[] {path, DEV_KEY.toAbsolutePath().toUri().toString()}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey.location", location))));
            assertTrue(e.getMessage().contains("committed development key"), e.getMessage());
        }
        assertThrows(IllegalStateException.class,
                () -> VerificationKeyGuard.check(prod(Map.of("smallrye.jwt.verify.key.location", path))));
    }

    @Test
    void refusesTheDevKeyInlineAsPemBase64OrJwksInProduction() throws Exception {
        String pem = Files.readString(DEV_KEY);
        String bareBase64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        String jwk = PublicJsonWebKey.Factory.newPublicJwk(devKey()).toJson();
        String jwks = "{\"keys\":[" + PublicJsonWebKey.Factory.newPublicJwk(otherKey()).toJson() + "," + jwk + "]}";
        String jwksBase64Url = Base64.getUrlEncoder().withoutPadding().encodeToString(jwks.getBytes());
        for (String inline : new String[] {pem, bareBase64, jwk, jwks, jwksBase64Url}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey", inline))), inline);
            assertTrue(e.getMessage().contains("committed development key"), e.getMessage());
        }
    }

    @Test
    void refusesTheDevKeyAsAJwksFileInProduction() throws Exception {
        Path jwks = Files.writeString(dir.resolve("jwks.json"),
                "{\"keys\":[" + PublicJsonWebKey.Factory.newPublicJwk(devKey()).toJson() + "]}");
        assertThrows(IllegalStateException.class,
                () -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey.location", jwks.toString()))));
    }

    @Test
    void refusesTheDevIssuerInProductionWhateverTheKey() throws Exception {
        Path key = Files.writeString(dir.resolve("idp.pem"), pem(otherKey()));
        for (String issuer : new String[] {DevCredentials.DEV_ISSUER, DevCredentials.DEV_ISSUER + "/ "}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> VerificationKeyGuard.check(
                    prod(Map.of("mp.jwt.verify.publickey.location", key.toString(), VerificationKeyGuard.ISSUER, issuer))));
            assertTrue(e.getMessage().contains("development issuer"), e.getMessage());
        }
    }

    @Test
    void acceptsAnotherKeyAndIssuerInProduction() throws Exception {
        PublicKey key = otherKey();
        Path file = Files.writeString(dir.resolve("idp.pem"), pem(key));
        assertDoesNotThrow(() -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey.location", file.toString()))));
        assertDoesNotThrow(() -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey", pem(key)))));
        assertDoesNotThrow(() -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey.location",
                "https://sso.daxiang.gov.cn/realms/justice/protocol/openid-connect/certs"))));
    }

    @Test
    void refusesAnUnreadableKeyInProduction() {
        assertThrows(IllegalStateException.class,
                () -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey.location", dir.resolve("missing.pem").toString()))));
        assertThrows(IllegalStateException.class,
                () -> VerificationKeyGuard.check(prod(Map.of("mp.jwt.verify.publickey", "not a key!"))));
    }

    @Test
    void theDevelopmentProfilesMayUseTheDevKeyAndIssuer() {
        Map<String, String> dev = Map.of("mp.jwt.verify.publickey.location", DEV_KEY.toString(),
                VerificationKeyGuard.ISSUER, DevCredentials.DEV_ISSUER);
        for (String profile : ProductionProfile.DEVELOPMENT_PROFILES) {
            assertDoesNotThrow(() -> VerificationKeyGuard.check(config(profile, dev)), profile);
        }
        assertThrows(IllegalStateException.class, () -> VerificationKeyGuard.check(config("staging", dev)),
                "any profile but dev, test and local counts as production");
        assertThrows(IllegalStateException.class, () -> VerificationKeyGuard.check(config(null, dev)));
    }
}
