package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} (IETF httpapi draft): the first request with a key runs and its answer
 * is kept for {@link #RETENTION}; the same key with the same body gets that answer again, with
 * another body 422, while the first is still running 409. Keys belong to the caller (token subject).
 * A run holds its key for a short lease ({@code platform.idempotency.lease}, from the row's
 * {@code created_at}): a key left {@code IN_PROGRESS} by a process that died is taken over by the
 * next request with the same body once the lease has run out, so the client's retry runs once.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    public record StoredAnswer(int status, String body) {
    }

    @Inject
    EntityManager em;

    @Inject
    KitConfig.Idempotency config;

    /** Empty when the request should run now; the stored answer when it ran before. */
    public Optional<StoredAnswer> begin(String caller, String key, String requestHash) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("Idempotency-Key", "Idempotency-Key 须为1至200个可见ASCII字符");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("DELETE FROM idempotency_key WHERE expires_at < now() AND ctid IN "
                    + "(SELECT ctid FROM idempotency_key WHERE expires_at < now() LIMIT 100)").executeUpdate();
            // Inserted, or taken over from a run whose lease ran out (same body only); the row lock
            // of ON CONFLICT lets one of two concurrent retries take it, the other then sees 409.
            int inserted = em.createNativeQuery("""
                            INSERT INTO idempotency_key (caller, idempotency_key, request_hash, state, created_at, expires_at)
                            VALUES (?1, ?2, ?3, 'IN_PROGRESS', now(), now() + make_interval(secs => ?4))
                            ON CONFLICT ON CONSTRAINT idempotency_key_pk DO UPDATE
                                SET created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                                WHERE idempotency_key.state = 'IN_PROGRESS'
                                  AND idempotency_key.request_hash = EXCLUDED.request_hash
                                  AND idempotency_key.created_at < now() - make_interval(secs => ?5)
                            """)
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                    .setParameter(4, (double) RETENTION.toSeconds())
                    .setParameter(5, config.lease().toMillis() / 1000.0)
                    .executeUpdate();
            if (inserted == 1) {
                return Optional.<StoredAnswer>empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT state, request_hash, response_status, response_body "
                            + "FROM idempotency_key WHERE caller = ?1 AND idempotency_key = ?2")
                    .setParameter(1, caller).setParameter(2, key).getResultList();
            Object[] row = rows.get(0);
            if (!requestHash.equals(row[1])) {
                throw new ApiException(ProblemType.UNPROCESSABLE, "该 Idempotency-Key 已用于另一个请求体");
            }
            if ("IN_PROGRESS".equals(row[0])) {
                throw ApiException.conflict("使用该 Idempotency-Key 的请求仍在处理中，请稍后重试");
            }
            return Optional.of(new StoredAnswer(((Number) row[2]).intValue(), (String) row[3]));
        });
    }

    public void complete(String caller, String key, int status, String body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE idempotency_key SET state = 'DONE', response_status = ?3, response_body = ?4
                        WHERE caller = ?1 AND idempotency_key = ?2
                        """)
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .executeUpdate());
    }

    /** Forgets a key whose request failed unexpectedly, so that the client can simply retry. */
    public void abandon(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM idempotency_key WHERE caller = ?1 AND idempotency_key = ?2 AND state = 'IN_PROGRESS'")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
    }
}
