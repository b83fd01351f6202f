package cn.daxiang.justice.gateway.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Checks the bearer token before a request goes upstream: signature (RS256 only, so {@code alg:
 * none} fails), issuer, audience and expiry, with the same settings the services use. May block
 * (the key can be fetched), so callers run it off the event loop.
 */
@ApplicationScoped
public class EdgeAuthentication {

    @Inject
    JWTParser parser;

    /** The token's subject, or empty when the header is missing or the token is not valid. */
    public Optional<String> subject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            JsonWebToken token = parser.parse(authorization.substring(7).trim());
            return Optional.ofNullable(token.getSubject()).or(() -> Optional.ofNullable(token.getName()));
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
