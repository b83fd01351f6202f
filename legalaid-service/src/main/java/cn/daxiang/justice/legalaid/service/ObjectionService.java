package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.legalaid.api.DecideObjectionInput;
import cn.daxiang.justice.legalaid.api.ObjectionInput;
import cn.daxiang.justice.legalaid.api.ObjectionSyncInput;
import cn.daxiang.justice.legalaid.api.ObjectionView;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.ApplicationStatus;
import cn.daxiang.justice.legalaid.domain.Objection;
import cn.daxiang.justice.legalaid.domain.ObjectionDecision;
import cn.daxiang.justice.legalaid.domain.ObjectionStatus;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Objections (异议) to a refusal and the bureau's decision on them (法律援助法第四十九条: 「司法行政部门应当自收到异议之日起
 * 五日内进行审查，作出维持法律援助机构决定或者责令法律援助机构改正的决定」). An objection is recorded against a REFUSED
 * application, in its org unit; it can be corrected while PENDING and not once decided. A CORRECTED decision reopens the
 * refused application in the same transaction ({@link ApplicationService#reopen}); UPHELD leaves it REFUSED.
 */
@ApplicationScoped
public class ObjectionService extends RecordService<Objection, ObjectionSyncInput, ObjectionView> {

    static final String WHAT = "异议";
    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "decidedOn", "decidedOn",
            "status", "status", "createdAt", "createdAt");

    ObjectionService() {
        super(Objection.class, WHAT, Objection::new);
    }

    @Override
    public void apply(ObjectionSyncInput input, Objection o) {
        LegalAidMapper.apply(input, o);
    }

    @Override
    public ObjectionView view(Objection o) {
        return LegalAidMapper.toView(o, deadlines.of(o));
    }

    /** The API's POST under the application it is against. */
    @Transactional
    public ObjectionView create(UUID applicationId, ObjectionInput input) {
        return view(createEntity(new ObjectionSyncInput(input.id(), applicationId, input.receivedOn(), input.grounds(), null)));
    }

    /** The one way an objection is recorded, by the API and by sync: a refused application in scope, checks, audit. */
    @Override
    @Transactional
    public Objection createEntity(ObjectionSyncInput input) {
        Application a = refusedApplication(input);
        Records.requireNew(Objection.class, input.id());
        Objection o = new Objection();
        o.id = input.id();
        o.orgUnit = a.orgUnit;
        o.applicationId = a.id;
        o.status = ObjectionStatus.PENDING;
        apply(input, o);
        o.persist();
        audit.created(o);
        return o;
    }

    /** A correction of a pending objection (sync); a decided one stays as it was decided (409). */
    @Override
    @Transactional
    public void applyUpdate(Objection o, ObjectionSyncInput input) {
        caller.requireWritable(o.orgUnit);
        requirePending(o, "修改");
        if (!o.applicationId.equals(input.applicationId())) {
            throw ApiException.invalid("applicationId", "异议所针对的申请不能更改");
        }
        refusedApplication(input);
        audit.update(o, r -> apply(input, r));
    }

    @Inject
    ApplicationService applications;

    /** The bureau's decision (维持原决定 or 责令改正), once; 责令改正 puts the refused application back under review. */
    @Transactional
    public ObjectionView decide(UUID id, String ifMatch, DecideObjectionInput input) {
        // The application first, as recording an objection locks it, so that the two cannot deadlock.
        Objection known = Objection.findById(id);
        Application a = known == null ? null : Application.findById(known.applicationId, LockModeType.PESSIMISTIC_WRITE);
        Objection o = loadForAction(id, ifMatch, input.version());
        requirePending(o, "再次决定");
        ApplicationService.notBefore("decidedOn", input.decidedOn(), o.receivedOn, "决定日期不能早于收到异议日期");
        audit.change("DECIDE", o, r -> {
            r.decidedOn = input.decidedOn();
            r.decision = input.decision();
            r.decisionReason = input.reason().strip();
            r.status = ObjectionStatus.DECIDED;
        });
        if (input.decision() == ObjectionDecision.CORRECTED && a != null) {
            applications.reopen(a, o.id, input.decidedOn());
        }
        return view(o);
    }

    /** Sync deletes only a pending objection: a decision given stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireDeletable(Objection o) {
        requirePending(o, "删除");
    }

    public PageResult<ObjectionView> list(String orgUnit, UUID applicationId, ObjectionStatus status, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("applicationId = :applicationId", "applicationId", applicationId)
                .and("status = :status", "status", status);
        Sort sort = page.toSort(SORTABLE, Sort.descending("receivedOn").and("id"));
        return PageResult.of(Objection.class, query, sort, page, this::view);
    }

    /** The application an objection is against: in scope and writable, refused, and refused no later than the objection arrived. */
    private Application refusedApplication(ObjectionSyncInput input) {
        Application a = Application.<Application>findByIdOptional(input.applicationId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound(ApplicationService.WHAT, input.applicationId()));
        caller.requireVisible(a.orgUnit, ApplicationService.WHAT, a.id);
        caller.requireWritable(a.orgUnit);
        if (a.status != ApplicationStatus.REFUSED) {
            throw ApiException.conflict("只能对不予法律援助的决定提出异议；该申请当前状态为 " + a.status);
        }
        ApplicationService.notBefore("receivedOn", input.receivedOn(), a.decidedOn, "收到异议日期不能早于不予援助决定日期");
        return a;
    }

    private static void requirePending(Objection o, String action) {
        if (o.status != ObjectionStatus.PENDING) {
            throw ApiException.conflict("异议已审查决定（" + o.decision + "），不能" + action);
        }
    }
}
