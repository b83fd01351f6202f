package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.domain.Moves;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.mediation.api.AgreementInput;
import cn.daxiang.justice.mediation.api.AgreementTermInput;
import cn.daxiang.justice.mediation.api.ArchiveInput;
import cn.daxiang.justice.mediation.api.ConcludeInput;
import cn.daxiang.justice.mediation.api.ConfirmationRulingInput;
import cn.daxiang.justice.mediation.api.DisputeInput;
import cn.daxiang.justice.mediation.api.DisputeView;
import cn.daxiang.justice.mediation.api.FeedbackInput;
import cn.daxiang.justice.mediation.api.FollowUpInput;
import cn.daxiang.justice.mediation.api.FollowUpView;
import cn.daxiang.justice.mediation.api.StartInput;
import cn.daxiang.justice.mediation.domain.AgreementForm;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeCategory;
import cn.daxiang.justice.mediation.domain.DisputeSource;
import cn.daxiang.justice.mediation.domain.DisputeStatus;
import cn.daxiang.justice.mediation.domain.FollowUp;
import cn.daxiang.justice.mediation.domain.Fulfilment;
import cn.daxiang.justice.mediation.domain.TermPerformance;
import cn.daxiang.justice.mediation.mapping.DisputeMapper;
import io.quarkus.panache.common.Sort;
import cn.daxiang.justice.kit.person.PersonQuery;
import cn.daxiang.justice.kit.person.PersonSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Disputes and their life cycle: REGISTERED → (start) MEDIATING → (conclude) SUCCEEDED / FAILED, or
 * WITHDRAWN from either; a concluded dispute may be followed up any number of times and archived once.
 * A transition the current status does not allow answers 409; inconsistent input answers 400.
 */
@ApplicationScoped
public class DisputeService extends RecordService<Dispute, DisputeInput, DisputeView> {

    static final String WHAT = "矛盾纠纷";
    static final Map<String, String> SORTABLE = Map.of(
            "registeredOn", "registeredOn", "concludedOn", "concludedOn", "createdAt", "createdAt");

    public static final String START = "START";
    public static final String CONCLUDE = "CONCLUDE";
    public static final String ARCHIVE = "ARCHIVE";
    public static final String AGREEMENT = "AGREEMENT";
    public static final String CONFIRMATION_RULING = "CONFIRMATION_RULING";
    public static final String FEEDBACK = "FEEDBACK";

    @Inject
    Moves moves;

    @Inject
    PersonSearch search;

    @Inject
    References references;

    @Inject
    MediationDeadlines clocks;

    DisputeService() {
        super(Dispute.class, WHAT, Dispute::new);
    }

    /** A correction of the registration: the status and the action fields are not touched here. */
    @Override
    protected void checkUpdate(Dispute d, DisputeInput input) {
        requireNotArchived(d, "修改");
        LocalDate firstAction = d.startedOn != null ? d.startedOn : d.concludedOn;
        if (firstAction != null && input.registeredOn().isAfter(firstAction)) {
            throw ApiException.invalid("registeredOn", "登记日期不能晚于开始调解或终结日期");
        }
        checkClockFields(d, input);
        List<FieldError> errors = new ArrayList<>();
        int parties = input.parties().size();
        if (d.terms.stream().anyMatch(t -> t.obligorParty >= parties)) {
            errors.add(new FieldError("parties", "调解协议条款的义务方不在当事人列表中，当事人不能少于 "
                    + (d.terms.stream().mapToInt(t -> t.obligorParty).max().orElse(0) + 1) + " 人"));
        }
        if (d.feedbackOn != null && !input.source().isReferral()) {
            errors.add(new FieldError("source", "已向移送机关反馈调处结果，来源不能改为非移送类"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** A new dispute (API and sync) is registered, so it has no agreement to confirm yet. */
    @Override
    @Transactional
    public Dispute createEntity(DisputeInput input) {
        caller.requireWritable(input.orgUnit());
        checkClockFields(null, input);
        return super.createEntity(input);
    }

    /**
     * The extension (延期至) and the judicial confirmation, against the dispute ({@code null}: a new one, registered).
     * An extension is recorded only while the dispute is open and reaches at least the month's due date; a confirmation
     * is sought only for a successful mediation, and applied for not before the agreement took effect. All 400.
     */
    private void checkClockFields(Dispute d, DisputeInput input) {
        DisputeStatus status = d == null ? DisputeStatus.REGISTERED : d.status;
        List<FieldError> errors = new ArrayList<>();
        LocalDate extendedUntil = input.extendedUntil();
        boolean reason = input.extensionReason() != null && !input.extensionReason().isBlank();
        if (extendedUntil == null && input.extensionReason() != null) {
            errors.add(new FieldError("extendedUntil", "延期理由须与延期至日期一并提供"));
        }
        if (extendedUntil != null) {
            if (!reason) {
                errors.add(new FieldError("extensionReason", "延期须说明理由"));
            }
            boolean changed = d == null || !extendedUntil.equals(d.extendedUntil)
                    || reason && !input.extensionReason().strip().equals(d.extensionReason);
            if (changed && status.isConcluded()) {
                errors.add(new FieldError("extendedUntil", "纠纷已终结（" + status + "），不能再延期"));
            }
            clocks.conclusionDue(input.registeredOn()).filter(extendedUntil::isBefore).ifPresent(due ->
                    errors.add(new FieldError("extendedUntil", "延期至不能早于受理后一个月的届满日 " + due)));
        }
        boolean sought = input.confirmationSought() != null ? input.confirmationSought() : d != null && d.confirmationSought;
        if (Boolean.TRUE.equals(input.confirmationSought()) && status != DisputeStatus.SUCCEEDED) {
            errors.add(new FieldError("confirmationSought", "只有调解成功的纠纷才能申请司法确认，当前状态为 " + status));
        } else if (input.confirmationAppliedOn() != null) {
            if (!sought) {
                errors.add(new FieldError("confirmationAppliedOn", "当事人未决定申请司法确认，不能登记申请日期"));
            } else if (input.confirmationAppliedOn().isBefore(MediationDeadlines.agreementEffectiveOn(d))) {
                errors.add(new FieldError("confirmationAppliedOn", "申请司法确认日期不能早于调解协议生效日期"));
            }
        }
        if (input.confirmationAppliedOn() != null && input.confirmationAppliedOn().isAfter(deadlines.today())) {
            errors.add(new FieldError("confirmationAppliedOn", "申请司法确认日期不能晚于今天"));
        }
        if (input.confirmationCourt() != null && !input.confirmationCourt().isBlank() && !sought) {
            errors.add(new FieldError("confirmationCourt", "当事人未决定申请司法确认，不能登记受理法院"));
        }
        if (d != null && d.confirmationRuling != null && confirmationChanged(d, input)) {
            errors.add(new FieldError("confirmationSought", "人民法院已于 " + d.confirmationRuledOn + " 作出司法确认裁定，申请信息不能再修改"));
        }
        checkReferral(input, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static boolean confirmationChanged(Dispute d, DisputeInput input) {
        return Boolean.FALSE.equals(input.confirmationSought())
                || input.confirmationAppliedOn() != null && !input.confirmationAppliedOn().equals(d.confirmationAppliedOn)
                || input.confirmationCourt() != null && !input.confirmationCourt().strip().equals(d.confirmationCourt);
    }

    /** The referral's organ, document and date belong to the referral sources only; received by the registration. */
    private void checkReferral(DisputeInput input, List<FieldError> errors) {
        boolean given = input.referringOrgan() != null || input.referralDocumentNumber() != null || input.referralReceivedOn() != null;
        if (given && !input.source().isReferral()) {
            errors.add(new FieldError("referringOrgan", "只有法院委托、公安移送、信访移送、政府交办的纠纷才有移送机关，来源为 " + input.source()));
        }
        if (input.referringOrgan() != null && input.referringOrgan().isBlank()) {
            errors.add(new FieldError("referringOrgan", "移送机关不能为空白"));
        }
        LocalDate received = input.referralReceivedOn();
        if (received != null && received.isAfter(input.registeredOn())) {
            errors.add(new FieldError("referralReceivedOn", "收到移送日期不能晚于登记日期"));
        } else if (received != null && received.isAfter(deadlines.today())) {
            errors.add(new FieldError("referralReceivedOn", "收到移送日期不能晚于今天"));
        }
    }

    /** The committee and mediators, checked after "id exists" as they always were. */
    @Override
    protected void requireUnique(DisputeInput input, UUID self) {
        references.check(input.committeeId(), "mediatorIds", input.mediatorIds() == null ? List.of() : input.mediatorIds(),
                "同一调解员不能重复指派");
    }

    /** A dispute handed over to another office takes its return visits with it. */
    @Override
    protected void written(Dispute d) {
        moves.follow(FollowUp.<FollowUp>find("disputeId = ?1 and orgUnit <> ?2", d.id, d.orgUnit)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list(), d.orgUnit);
    }

    /** A new dispute starts registered; the registration fields only, the actions set the rest. */
    @Override
    public void apply(DisputeInput input, Dispute d) {
        if (d.status == null) {
            d.status = DisputeStatus.REGISTERED;
        }
        DisputeMapper.apply(input, d);
    }

    @Override
    public DisputeView view(Dispute d) {
        return DisputeMapper.toView(d, personalData.single(), deadlines.of(d));
    }

    /**
     * The life-cycle rule of deleting a dispute (sync is the only path that deletes): an archived dossier
     * is counted in the payouts of its archive year (以奖代补) and is no more deleted than it is changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireDeletable(Dispute d) {
        requireNotArchived(d, "删除");
    }

    /** One rule for the PUT, sync's update and sync's delete: an archived dossier is final. */
    private static void requireNotArchived(Dispute d, String what) {
        if (d.archivedOn != null) {
            throw ApiException.conflict("卷宗已归档，纠纷不能再" + what);
        }
    }

    public PageResult<DisputeView> list(String orgUnit, DisputeStatus status, DisputeCategory category, DisputeSource source,
                                        UUID committeeId, Boolean serious, LocalDate registeredFrom, LocalDate registeredTo,
                                        PersonQuery party, PageRequest page) {
        if (registeredFrom != null && registeredTo != null && registeredFrom.isAfter(registeredTo)) {
            throw ApiException.invalid("registeredFrom", "起始日期不能晚于截止日期");
        }
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("category = :category", "category", category)
                .and("source = :source", "source", source)
                .and("committeeId = :committeeId", "committeeId", committeeId)
                .and("serious = :serious", "serious", serious)
                .and("registeredOn >= :registeredFrom", "registeredFrom", registeredFrom)
                .and("registeredOn <= :registeredTo", "registeredTo", registeredTo);
        // the disputes one of whose parties matches
        search.apply(query, "id", MediationPersons.DISPUTE_PARTIES, true, party);
        Sort sort = page.toSort(SORTABLE, Sort.descending("registeredOn").and("id"));
        Disclosure disclosure = personalData.bulk();
        return PageResult.of(Dispute.class, query, sort, page,
                d -> DisputeMapper.toView(d, disclosure));
    }

    @Transactional
    public DisputeView start(UUID id, String ifMatch, StartInput input) {
        Dispute d = loadForAction(id, ifMatch, input == null ? null : input.version());
        if (input == null || input.startedOn() == null) {
            throw ApiException.invalid("startedOn", "须提供开始调解日期");
        }
        if (d.status != DisputeStatus.REGISTERED) {
            throw ApiException.conflict("只有已登记的纠纷可以开始调解，当前状态为 " + d.status);
        }
        if (input.startedOn().isBefore(d.registeredOn)) {
            throw ApiException.invalid("startedOn", "开始调解日期不能早于登记日期");
        }
        audit.change(START, d, r -> {
            r.status = DisputeStatus.MEDIATING;
            r.startedOn = input.startedOn();
        });
        return view(d);
    }

    @Transactional
    public DisputeView conclude(UUID id, String ifMatch, ConcludeInput input) {
        Dispute d = loadForAction(id, ifMatch, input.version());
        DisputeStatus outcome = input.outcome();
        if (!outcome.isConcluded()) {
            throw ApiException.invalid("outcome", "结果只能是 SUCCEEDED、FAILED 或 WITHDRAWN");
        }
        if (d.status.isConcluded()) {
            throw ApiException.conflict("纠纷已终结（" + d.status + "），不能再次终结");
        }
        if (outcome != DisputeStatus.WITHDRAWN && d.status != DisputeStatus.MEDIATING) {
            throw ApiException.conflict("纠纷尚未开始调解，不能以 " + outcome + " 终结");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate earliest = d.startedOn != null ? d.startedOn : d.registeredOn;
        if (input.concludedOn().isBefore(earliest)) {
            errors.add(new FieldError("concludedOn", "终结日期不能早于开始调解（或登记）日期"));
        }
        if (outcome == DisputeStatus.SUCCEEDED && input.agreementForm() == null) {
            errors.add(new FieldError("agreementForm", "调解成功须注明协议形式（书面或口头）"));
        }
        if (outcome != DisputeStatus.SUCCEEDED && input.agreementForm() != null) {
            errors.add(new FieldError("agreementForm", "只有调解成功才有协议形式"));
        }
        if (input.agreementEffectiveOn() != null && outcome != DisputeStatus.SUCCEEDED) {
            errors.add(new FieldError("agreementEffectiveOn", "只有调解成功才有调解协议生效日期"));
        } else if (input.agreementEffectiveOn() != null && input.agreementEffectiveOn().isBefore(earliest)) {
            errors.add(new FieldError("agreementEffectiveOn", "调解协议生效日期不能早于开始调解日期"));
        }
        if (input.agreement() != null) {
            if (outcome != DisputeStatus.SUCCEEDED) {
                errors.add(new FieldError("agreement", "只有调解成功才有调解协议"));
            } else {
                LocalDate effective = input.agreementEffectiveOn() != null ? input.agreementEffectiveOn() : input.concludedOn();
                checkAgreement(d, input.agreementForm(), effective, input.agreement(), "agreement.", errors);
            }
        }
        if (outcome == DisputeStatus.FAILED && input.referral() == null) {
            errors.add(new FieldError("referral", "调解不成须注明引导去向（可为 NONE）"));
        }
        if (outcome != DisputeStatus.FAILED && input.referral() != null) {
            errors.add(new FieldError("referral", "只有调解不成才有引导去向"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Integer followUpWithinDays = outcome == DisputeStatus.SUCCEEDED
                ? Committee.<Committee>findByIdOptional(d.committeeId).map(c -> c.followUpWithinDays).orElse(null) : null;
        audit.change(CONCLUDE, d, r -> {
            r.status = outcome;
            r.followUpWithinDays = followUpWithinDays;
            r.concludedOn = input.concludedOn();
            r.agreementForm = input.agreementForm();
            r.agreementEffectiveOn = input.agreementEffectiveOn();
            r.referral = input.referral();
            r.conclusionNote = input.note();
            if (input.escalationPrevented() != null) {
                r.escalationPrevented = input.escalationPrevented();
            }
            if (input.agreement() != null) {
                DisputeMapper.applyAgreement(input.agreement(), r);
            }
        });
        return view(d);
    }

    /**
     * The agreement's content against the dispute (400): a document only for a written agreement, each term's obligor a
     * party of the dispute, no term due before the agreement took effect.
     */
    private static void checkAgreement(Dispute d, AgreementForm form, LocalDate effective, AgreementInput input, String prefix,
                                       List<FieldError> errors) {
        if (input.documentNumber() != null && !input.documentNumber().isBlank() && form != AgreementForm.WRITTEN) {
            errors.add(new FieldError(prefix + "documentNumber", "口头协议不制作调解协议书，不能登记协议书编号"));
        }
        for (int i = 0; i < input.terms().size(); i++) {
            AgreementTermInput t = input.terms().get(i);
            if (t.obligorParty() >= d.parties.size()) {
                errors.add(new FieldError(prefix + "terms[" + i + "].obligorParty", "义务方须为本纠纷的当事人（序号0至" + (d.parties.size() - 1) + "）"));
            }
            if (t.dueOn() != null && t.dueOn().isBefore(effective)) {
                errors.add(new FieldError(prefix + "terms[" + i + "].dueOn", "履行期限不能早于调解协议生效日期 " + effective));
            }
        }
    }

    /**
     * Records or corrects the agreement's content of a successful mediation, until the dossier is archived and as long as no
     * follow-up has checked the terms one by one (its report follows the terms' order).
     */
    @Transactional
    public DisputeView agreement(UUID id, String ifMatch, AgreementInput input) {
        Dispute d = loadForAction(id, ifMatch, input.version());
        if (d.status != DisputeStatus.SUCCEEDED) {
            throw ApiException.conflict("只有调解成功的纠纷才有调解协议，当前状态为 " + d.status);
        }
        requireNotArchived(d, "修改调解协议");
        if (FollowUp.count("disputeId = ?1 and termPerformance is not null", d.id) > 0) {
            throw ApiException.conflict("已有回访按协议条款核对履行情况，调解协议不能再修改");
        }
        List<FieldError> errors = new ArrayList<>();
        checkAgreement(d, d.agreementForm, MediationDeadlines.agreementEffectiveOn(d), input, "", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        audit.change(AGREEMENT, d, r -> DisputeMapper.applyAgreement(input, r));
        return view(d);
    }

    /**
     * The court's ruling on the parties' application (民事诉讼法 第二百零二条 in the 2021 text; the 2023 number, probably
     * 第二百零六条, unconfirmed): once, after the application was recorded with its court. A rejection is recorded only: the parties may mediate again or sue, which is a new matter.
     */
    @Transactional
    public DisputeView confirmationRuling(UUID id, String ifMatch, ConfirmationRulingInput input) {
        Dispute d = loadForAction(id, ifMatch, input.version());
        if (d.confirmationRuling != null) {
            throw ApiException.conflict("人民法院已于 " + d.confirmationRuledOn + " 作出司法确认裁定，不能重复登记");
        }
        if (d.confirmationAppliedOn == null || d.confirmationCourt == null) {
            throw ApiException.conflict("尚未登记司法确认申请（申请日期和受理法院），不能登记裁定");
        }
        if (input.ruledOn().isBefore(d.confirmationAppliedOn)) {
            throw ApiException.invalid("ruledOn", "裁定日期不能早于申请司法确认日期 " + d.confirmationAppliedOn);
        }
        if (input.ruledOn().isAfter(deadlines.today())) {
            throw ApiException.invalid("ruledOn", "裁定日期不能晚于今天");
        }
        audit.change(CONFIRMATION_RULING, d, r -> {
            r.confirmationRuling = input.ruling();
            r.confirmationRuledOn = input.ruledOn();
            r.confirmationCaseNumber = input.caseNumber().strip();
        });
        return view(d);
    }

    /** The outcome fed back to the organ that referred the dispute: once, after the conclusion. */
    @Transactional
    public DisputeView feedback(UUID id, String ifMatch, FeedbackInput input) {
        Dispute d = loadForAction(id, ifMatch, input.version());
        if (!d.source.isReferral()) {
            throw ApiException.conflict("只有移送（委托、交办）的纠纷需要反馈，来源为 " + d.source);
        }
        if (d.feedbackOn != null) {
            throw ApiException.conflict("已于 " + d.feedbackOn + " 向移送机关反馈，不能重复反馈");
        }
        if (!d.status.isConcluded()) {
            throw ApiException.conflict("纠纷尚未终结，不能反馈调处结果，当前状态为 " + d.status);
        }
        if (d.referringOrgan == null) {
            throw ApiException.conflict("尚未登记移送机关，不能反馈；请先修改登记信息");
        }
        if (input.fedBackOn().isBefore(d.concludedOn)) {
            throw ApiException.invalid("fedBackOn", "反馈日期不能早于终结日期 " + d.concludedOn);
        }
        if (input.fedBackOn().isAfter(deadlines.today())) {
            throw ApiException.invalid("fedBackOn", "反馈日期不能晚于今天");
        }
        audit.change(FEEDBACK, d, r -> {
            r.feedbackOn = input.fedBackOn();
            r.feedbackContent = input.content().strip();
        });
        return view(d);
    }

    @Transactional
    public DisputeView archive(UUID id, String ifMatch, ArchiveInput input) {
        Dispute d = loadForAction(id, ifMatch, input.version());
        if (!d.status.isConcluded()) {
            throw ApiException.conflict("只有已终结的纠纷可以归档，当前状态为 " + d.status);
        }
        if (d.archivedOn != null) {
            throw ApiException.conflict("卷宗已于 " + d.archivedOn + " 归档，不能重复归档");
        }
        if (input.archivedOn().isBefore(d.concludedOn)) {
            throw ApiException.invalid("archivedOn", "归档日期不能早于终结日期");
        }
        audit.change(ARCHIVE, d, r -> {
            r.archivedOn = input.archivedOn();
            r.complexityGrade = input.complexityGrade();
            r.dossierNumber = input.dossierNumber() == null ? null : input.dossierNumber().strip();
        });
        return view(d);
    }

    /** A follow-up is a record of its own: it needs no dispute version, only a concluded dispute. */
    @Transactional
    public FollowUpView followUp(UUID disputeId, FollowUpInput input) {
        return DisputeMapper.toView(followUpEntity(disputeId, input));
    }

    /** The one way a follow-up is recorded, by the API and by sync: a concluded dispute in scope, checks, audit. */
    @Transactional
    public FollowUp followUpEntity(UUID disputeId, FollowUpInput input) {
        Dispute d = load(disputeId, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(d.orgUnit);
        if (!d.status.isConcluded()) {
            throw ApiException.conflict("纠纷尚未终结，不能回访，当前状态为 " + d.status);
        }
        if (input.visitedOn().isBefore(d.concludedOn)) {
            throw ApiException.invalid("visitedOn", "回访日期不能早于终结日期");
        }
        Fulfilment fulfilment = fulfilment(d, input);
        Records.requireNew(FollowUp.class, input.id());
        FollowUp f = new FollowUp();
        f.id = input.id();
        f.orgUnit = d.orgUnit;
        f.disputeId = d.id;
        f.visitedOn = input.visitedOn();
        f.fulfilment = fulfilment;
        f.termPerformance = d.terms.isEmpty() ? null : List.copyOf(input.termPerformance());
        f.satisfaction = input.satisfaction();
        f.note = input.note();
        f.persist();
        audit.created(f);
        return f;
    }

    /**
     * A visit checks the agreement's terms one by one when they are recorded: the fulfilment follows from them (a value sent
     * must agree). Without terms the visit states the fulfilment as a whole. All 400.
     */
    private static Fulfilment fulfilment(Dispute d, FollowUpInput input) {
        List<TermPerformance> terms = input.termPerformance();
        if (d.terms.isEmpty()) {
            if (terms != null && !terms.isEmpty()) {
                throw ApiException.invalid("termPerformance", "纠纷未登记调解协议条款，不能逐项登记履行情况");
            }
            if (input.fulfilment() == null) {
                throw ApiException.invalid("fulfilment", "须填写协议履行情况");
            }
            return input.fulfilment();
        }
        if (terms == null || terms.size() != d.terms.size()) {
            throw ApiException.invalid("termPerformance", "调解协议有 " + d.terms.size() + " 项条款，须逐项填写履行情况");
        }
        Fulfilment derived = Fulfilment.of(terms);
        if (input.fulfilment() != null && input.fulfilment() != derived) {
            throw ApiException.invalid("fulfilment", "协议履行情况与逐项履行情况不符，应为 " + derived);
        }
        return derived;
    }

    public List<FollowUpView> followUps(UUID disputeId) {
        Dispute d = load(disputeId, LockModeType.NONE);
        return FollowUp.<FollowUp>list("disputeId", Sort.ascending("visitedOn").and("createdAt").and("id"), d.id)
                .stream().map(DisputeMapper::toView).toList();
    }
}
