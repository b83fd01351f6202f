package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What a service's sync resource delegates to: finds the adapter for {@code {resource}}, parses
 * and bounds the batch, honours {@code Idempotency-Key}, and serves the change feed.
 */
@ApplicationScoped
public class SyncEndpoint {

    @Inject
    @Any
    Instance<SyncAdapter<?, ?>> adapters;

    @Inject
    SyncEngine engine;

    @Inject
    ChangeFeed feed;

    @Inject
    IdempotencyStore keys;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    SyncMetrics metrics;

    public SyncAdapter<?, ?> adapter(String resource) {
        for (SyncAdapter<?, ?> adapter : adapters) {
            if (adapter.resource().equals(resource)) {
                return adapter;
            }
        }
        throw ApiException.notFound("同步资源", resource);
    }

    public Response upload(String resource, String body, String idempotencyKey) throws JsonProcessingException {
        // an unknown resource is refused before it could become a tag (its name is the caller's)
        SyncAdapter<?, ?> adapter = adapter(resource);
        long started = System.nanoTime();
        String outcome = SyncMetrics.FAILED;
        SyncSummary stored = null;
        try {
            Response response = upload(adapter, resource, body, idempotencyKey);
            boolean replayed = response.getHeaderString("Idempotent-Replayed") != null;
            outcome = replayed ? SyncMetrics.REPLAYED : SyncMetrics.STORED;
            stored = replayed ? null : ((SyncBatchResponse) response.getEntity()).summary();
            return response;
        } catch (ApiException | JsonProcessingException e) {
            outcome = SyncMetrics.REFUSED;
            throw e;
        } finally {
            metrics.batch(adapter.resource(), outcome, System.nanoTime() - started, stored);
        }
    }

    private Response upload(SyncAdapter<?, ?> adapter, String resource, String body, String idempotencyKey) throws JsonProcessingException {
        List<JsonNode> records = parse(body);
        if (idempotencyKey == null) {
            return Response.ok(engine.upload(adapter, records)).build();
        }
        String who = caller.subject();
        Optional<IdempotencyStore.StoredAnswer> stored = keys.begin(who, idempotencyKey, sha256(resource + "\n" + body));
        if (stored.isPresent()) {
            SyncBatchResponse replay = engine.refresh(adapter, mapper.readValue(stored.get().body(), SyncBatchResponse.class));
            return Response.status(stored.get().status()).type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true").entity(replay).build();
        }
        try {
            SyncBatchResponse answer = engine.upload(adapter, records);
            keys.complete(who, idempotencyKey, 200, mapper.writeValueAsString(new SyncBatchResponse(
                    answer.results().stream().map(SyncResult::withoutRecord).toList(), answer.summary())));
            return Response.ok(answer).build();
        } catch (RuntimeException | JsonProcessingException e) {
            keys.abandon(who, idempotencyKey);
            throw e;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ChangePage changes(String resource, String since, Integer limit) {
        SyncAdapter adapter = adapter(resource);
        return feed.page((SyncAdapter<? extends AuditedRecord, ?>) adapter, since, limit);
    }

    private List<JsonNode> parse(String body) throws JsonProcessingException {
        JsonNode root = mapper.readTree(body == null ? "" : body);
        if (root == null || !root.isObject() || !root.path("records").isArray()) {
            throw ApiException.invalid("records", "请求体须为 {\"records\": [...]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("records")) {
                throw ApiException.invalid(name, "未知字段");
            }
        }
        SyncEngine.checkSize(root.get("records").size());
        List<JsonNode> records = new ArrayList<>();
        root.get("records").forEach(records::add);
        return records;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
