package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.service.CaseService;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Cases are served in the change feed, but they are never written through sync: a case comes into
 * being only by accepting an application, and changes only by its life-cycle actions (assign,
 * hearing, close, terminate). Every upload of a case is therefore rejected with the action to use.
 * The input is taken as raw JSON, so that any case record reaches this rejection rather than a
 * parse error.
 */
@ApplicationScoped
public class CaseSyncAdapter implements SyncAdapter<LegalAidCase, JsonNode> {

    @Inject
    CaseService cases;

    static final String READ_ONLY = "案件不能通过同步上传：案件由受理申请产生（POST /api/v1/legal-aid/applications/{id}/accept），"
            + "之后只能通过指派、出庭、结案、终止等操作（POST /api/v1/legal-aid/cases/{id}/assign|hearing|close|terminate）变更";

    @Override
    public String resource() {
        return "cases";
    }

    @Override
    public Class<LegalAidCase> entityType() {
        return LegalAidCase.class;
    }

    @Override
    public Class<JsonNode> inputType() {
        return JsonNode.class;
    }

    @Override
    public UUID id(JsonNode input) {
        try {
            return UUID.fromString(input.path("id").asText(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public Long version(JsonNode input) {
        JsonNode v = input.get("version");
        return v != null && v.canConvertToLong() ? v.asLong() : null;
    }

    /**
     * Asked by the engine only when it is about to create or change a record in scope: a case is
     * never uploaded, so this rejects the record, whatever org unit it names.
     */
    @Override
    public String orgUnit(JsonNode input) {
        throw ApiException.invalid("record", READ_ONLY);
    }

    @Override
    public LegalAidCase create(JsonNode input) {
        throw ApiException.invalid("record", READ_ONLY);
    }

    @Override
    public void update(LegalAidCase current, JsonNode input) {
        throw ApiException.invalid("record", READ_ONLY);
    }

    @Override
    public Object view(LegalAidCase entity, Disclosure disclosure) {
        return cases.view(entity);
    }

    /** A case is never deleted either: it is closed or terminated. */
    @Override
    public void beforeDelete(LegalAidCase current) {
        throw ApiException.invalid("record", READ_ONLY);
    }

    /** Called for every upload of an existing case, before any version check: rejects it as well. */
    @Override
    public boolean sameContent(LegalAidCase current, JsonNode input) {
        throw ApiException.invalid("record", READ_ONLY);
    }
}
