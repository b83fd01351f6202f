package cn.daxiang.justice.guard;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprints of the public keys in a verification key as smallrye-jwt accepts it: PEM
 * (public key or certificate), bare base64 DER, a JWK or a JWKS (as JSON or base64url-encoded).
 */
final class PublicKeyFingerprints {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private PublicKeyFingerprints() {
    }

    /** @throws IllegalArgumentException when the text holds no key in any of these forms */
    static Set<String> of(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return ofJwk(trimmed);
        }
        if (trimmed.contains("-----BEGIN")) {
            return ofPem(trimmed);
        }
        byte[] decoded = decodeBase64(trimmed);
        String asText = new String(decoded, StandardCharsets.UTF_8).strip();
        return asText.startsWith("{") ? ofJwk(asText) : Set.of(sha256(decoded));
    }

    private static Set<String> ofPem(String text) {
        Set<String> fingerprints = new LinkedHashSet<>();
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2).strip());
            if (block.group(1).equals("CERTIFICATE")) {
                try {
                    der = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                            .getPublicKey().getEncoded();
                } catch (CertificateException e) {
                    throw new IllegalArgumentException("unreadable PEM certificate", e);
                }
            }
            fingerprints.add(sha256(der));
        }
        if (fingerprints.isEmpty()) {
            throw new IllegalArgumentException("no complete PEM block");
        }
        return fingerprints;
    }

    private static Set<String> ofJwk(String json) {
        try {
            List<JsonWebKey> keys = json.contains("\"keys\"") ? new JsonWebKeySet(json).getJsonWebKeys()
                    : new ArrayList<>(List.of(JsonWebKey.Factory.newJwk(json)));
            Set<String> fingerprints = new LinkedHashSet<>();
            for (JsonWebKey key : keys) {
                if (key instanceof PublicJsonWebKey publicKey) {
                    fingerprints.add(sha256(publicKey.getPublicKey().getEncoded()));
                }
            }
            return fingerprints;
        } catch (JoseException e) {
            throw new IllegalArgumentException("unreadable JWK or JWKS", e);
        }
    }

    private static byte[] decodeBase64(String text) {
        String compact = text.replaceAll("\\s", "");
        // The MIME decoder would skip '-' and '_' silently, so base64url is told apart first.
        return compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                ? Base64.getUrlDecoder().decode(compact) : Base64.getDecoder().decode(compact);
    }

    static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
