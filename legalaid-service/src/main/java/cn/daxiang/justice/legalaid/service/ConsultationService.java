package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.legalaid.api.ConsultationInput;
import cn.daxiang.justice.legalaid.api.ConsultationView;
import cn.daxiang.justice.legalaid.domain.Consultation;
import cn.daxiang.justice.legalaid.domain.ConsultationChannel;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Legal consultations (法律咨询). */
@ApplicationScoped
public class ConsultationService {

    static final String WHAT = "法律咨询记录";
    static final Map<String, String> SORTABLE = Map.of("consultedOn", "consultedOn", "channel", "channel",
            "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public ConsultationView create(ConsultationInput input) {
        return LegalAidMapper.toView(createEntity(input));
    }

    /** The one create path of consultations, used by the API's POST and by township sync. */
    @Transactional
    public Consultation createEntity(ConsultationInput input) {
        caller.requireWritable(input.orgUnit());
        Records.requireNew(Consultation.class, input.id());
        Consultation c = new Consultation();
        c.id = input.id();
        LegalAidMapper.apply(input, c);
        c.persist();
        audit.created(c);
        return c;
    }

    @Transactional
    public ConsultationView update(UUID id, String ifMatch, ConsultationInput input) {
        Consultation c = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(c, Versioning.expected(ifMatch, input.version()));
        applyUpdate(c, input);
        return LegalAidMapper.toView(c);
    }

    /**
     * The one update path of consultations, on a record the caller has locked and version-checked:
     * used by the API's PUT and by township sync.
     */
    @Transactional
    public void applyUpdate(Consultation c, ConsultationInput input) {
        caller.requireWritable(c.orgUnit);
        caller.requireWritable(input.orgUnit());
        audit.update(c, r -> LegalAidMapper.apply(input, r));
    }

    public ConsultationView get(UUID id) {
        return LegalAidMapper.toView(load(id, LockModeType.NONE));
    }

    public PageResult<ConsultationView> list(String orgUnit, ConsultationChannel channel, LocalDate consultedFrom,
                                             LocalDate consultedTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("channel = :channel", "channel", channel)
                .and("consultedOn >= :consultedFrom", "consultedFrom", consultedFrom)
                .and("consultedOn <= :consultedTo", "consultedTo", consultedTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("consultedOn").and("id"));
        return PageResult.of(Consultation.<Consultation>find(query.where(), sort, query.parameters()), page,
                LegalAidMapper::toView);
    }

    private Consultation load(UUID id, LockModeType lock) {
        Consultation c = Consultation.<Consultation>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(c.orgUnit, WHAT, id);
        return c;
    }
}
