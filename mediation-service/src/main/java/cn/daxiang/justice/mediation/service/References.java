package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.Mediator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * The committee and mediators an input names must exist within the caller's scope: a 400 otherwise,
 * without saying which exist elsewhere.
 */
@ApplicationScoped
public class References {

    static final String COMMITTEE_UNKNOWN = "未找到该人民调解委员会";

    @Inject
    CallerScope caller;

    /** The committee, or a 400 on {@code committeeId}. */
    public Committee committee(UUID id) {
        Committee c = visible(Committee.findById(id));
        if (c == null) {
            throw ApiException.invalid("committeeId", COMMITTEE_UNKNOWN);
        }
        return c;
    }

    /** A 400 listing every committee or mediator the caller cannot see, and a mediator named twice. */
    public void check(UUID committeeId, String field, List<UUID> mediatorIds, String namedTwice) {
        List<FieldError> errors = new ArrayList<>();
        if (committeeId != null && visible(Committee.findById(committeeId)) == null) {
            errors.add(new FieldError("committeeId", COMMITTEE_UNKNOWN));
        }
        if (new HashSet<>(mediatorIds).size() != mediatorIds.size()) {
            errors.add(new FieldError(field, namedTwice));
        }
        for (UUID id : mediatorIds) {
            if (visible(Mediator.findById(id)) == null) {
                errors.add(new FieldError(field, "未找到调解员：" + id));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private <R extends AuditedRecord> R visible(R record) {
        return record == null || !caller.covers(record.orgUnit) ? null : record;
    }
}
