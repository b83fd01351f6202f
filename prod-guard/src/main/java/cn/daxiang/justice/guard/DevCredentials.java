package cn.daxiang.justice.guard;

import java.util.regex.Pattern;

/** What the committed development set-up uses, and production therefore must not. */
public final class DevCredentials {

    /** The issuer of the dev tokens (dev-support {@code DevTokens}, the default of {@code PLATFORM_JWT_ISSUER}). */
    public static final String DEV_ISSUER = "https://judicial-platform.dev/issuer";

    /**
     * SHA-256 of the DER public key (SubjectPublicKeyInfo) of {@code dev/jwt/public-key.pem}, as
     * {@code openssl pkey -pubin -in dev/jwt/public-key.pem -outform DER | sha256sum} prints it.
     * A constant rather than the file, so the check does not depend on the dev tree being there.
     */
    public static final String DEV_KEY_SHA256 = "c18b8b0d3a51cb4580eb89379328b0a993728ca5e4ad9f46675626bfb6e4e72d";

    /** The development key of the persons' blind index (kit {@code platform.persons.hash-keys.dev}, dev/test/local profiles). */
    public static final String DEV_PERSON_HASH_KEY = "Tj7bwLYGrfzSIl3i9qJtfFZgJpv8X7yFwiP5e1D0kXs=";

    /** The database init script's role passwords ({@code <svc>_app_dev}, {@code <svc>_migrator_dev}). */
    static final Pattern DEV_PASSWORD = Pattern.compile("(?i).*_dev");

    /** Shorter production passwords are refused (a generated secret is far longer). */
    public static final int MIN_PASSWORD_LENGTH = 16;

    private DevCredentials() {
    }
}
