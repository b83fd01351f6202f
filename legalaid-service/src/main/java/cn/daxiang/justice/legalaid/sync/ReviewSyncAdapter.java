package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.sync.EnteredOnceSyncAdapter;
import cn.daxiang.justice.legalaid.domain.CaseReview;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import cn.daxiang.justice.legalaid.service.CaseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Case reviews (质量评查) through township sync, created as the API's {@code POST /cases/{id}/reviews}
 * creates them. The API has no way to change a review, so neither has sync: a changed review is
 * refused (a replay of the same one is UNCHANGED); a wrong one is deleted and entered again.
 */
@ApplicationScoped
public class ReviewSyncAdapter extends EnteredOnceSyncAdapter<CaseReview, ReviewSyncInput> {

    public ReviewSyncAdapter() {
        super("reviews", CaseReview.class, ReviewSyncInput.class, "评查记录登记后不能修改；如有错误，请删除后重新登记");
    }

    @Inject
    CaseService cases;

    @Inject
    CallerScope caller;

    /** The case's org unit; for an unknown case the caller's own, so that the API path answers "not found". */
    @Override
    public String orgUnit(ReviewSyncInput input) {
        LegalAidCase c = LegalAidCase.findById(input.caseId());
        return c == null ? caller.orgUnit() : c.orgUnit;
    }

    @Override
    public CaseReview create(ReviewSyncInput input) {
        return cases.reviewEntity(input.caseId(), input.toApiInput());
    }

    @Override
    public Object view(CaseReview entity, Disclosure disclosure) {
        return LegalAidMapper.toView(entity);
    }

    @Override
    public boolean sameContent(CaseReview current, ReviewSyncInput input) {
        String fixes = input.requiredFixes() == null || input.requiredFixes().isBlank() ? null : input.requiredFixes().strip();
        return Objects.equals(current.caseId, input.caseId()) && current.kind == input.kind()
                && Objects.equals(current.reviewedOn, input.reviewedOn()) && Objects.equals(current.score, input.score())
                && current.result == input.result() && Objects.equals(current.requiredFixes, fixes);
    }
}
