package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.audit.NotAudited;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dispute (矛盾纠纷) and its mediation: registered, started, concluded with an outcome, followed up
 * (回访) and archived as a dossier (卷宗) with a complexity grade, which earns the reward (以奖代补).
 */
@Entity
@Table(name = "dispute")
public class Dispute extends AuditedRecord {

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    public DisputeSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    public DisputeCategory category;

    @Column(name = "summary", nullable = false)
    public String summary;

    @Column(name = "amount_involved")
    public BigDecimal amountInvolved;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public DisputeStatus status;

    @Column(name = "escalation_prevented", nullable = false)
    public boolean escalationPrevented;

    @Column(name = "serious", nullable = false)
    public boolean serious;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_form")
    public AgreementForm agreementForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral")
    public Referral referral;

    @Column(name = "conclusion_note")
    public String conclusionNote;

    @Column(name = "archived_on")
    public LocalDate archivedOn;

    /** 延期至: the later day the dispute is to be concluded by, recorded while it is open (issue 18). */
    @Column(name = "extended_until")
    public LocalDate extendedUntil;

    @Column(name = "extension_reason")
    public String extensionReason;

    /** The day the agreement took effect (人民调解法第二十九条、第三十条), when not the conclusion date. */
    @Column(name = "agreement_effective_on")
    public LocalDate agreementEffectiveOn;

    /** The parties chose to apply for judicial confirmation (司法确认) of the agreement. */
    @Column(name = "confirmation_sought", nullable = false)
    public boolean confirmationSought;

    /** The day the parties applied to the court for judicial confirmation. */
    @Column(name = "confirmation_applied_on")
    public LocalDate confirmationAppliedOn;

    /** The committee's follow-up rule (days from conclusion) in force when the successful conclusion was recorded; null: none. */
    @Column(name = "follow_up_within_days")
    public Integer followUpWithinDays;

    /** 调解协议: the main facts and the matters in dispute (人民调解法第二十九条); null: no content recorded. */
    @Column(name = "agreement_matters")
    public String agreementMatters;

    /** 调解协议: how the terms are to be performed (履行方式). */
    @Column(name = "performance_method")
    public String performanceMethod;

    /** The written agreement's (调解协议书) number; an oral agreement has no document. */
    @Column(name = "agreement_document_number")
    public String agreementDocumentNumber;

    /** The court the parties applied to for judicial confirmation. */
    @Column(name = "confirmation_court")
    public String confirmationCourt;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmation_ruling")
    public ConfirmationRuling confirmationRuling;

    @Column(name = "confirmation_ruled_on")
    public LocalDate confirmationRuledOn;

    /** The court's case number of the confirmation (「调确字」, 法释〔2011〕5号第四条 (article number unconfirmed)). */
    @Column(name = "confirmation_case_number")
    public String confirmationCaseNumber;

    /** The organ that referred the dispute (court, police, petition office, government), for the referral sources. */
    @Column(name = "referring_organ")
    public String referringOrgan;

    @Column(name = "referral_document_number")
    public String referralDocumentNumber;

    @Column(name = "referral_received_on")
    public LocalDate referralReceivedOn;

    /** The day the outcome was fed back to the referring organ (反馈), and what was said. */
    @Column(name = "feedback_on")
    public LocalDate feedbackOn;

    @Column(name = "feedback_content")
    public String feedbackContent;

    @Enumerated(EnumType.STRING)
    @Column(name = "complexity_grade")
    public ComplexityGrade complexityGrade;

    @Column(name = "dossier_number")
    public String dossierNumber;

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "dispute", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @NotAudited
    public List<DisputeParty> parties = new ArrayList<>();

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "dispute", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @NotAudited
    public List<DisputeMediator> mediators = new ArrayList<>();

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "dispute", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @NotAudited
    public List<AgreementTerm> terms = new ArrayList<>();

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        // the amount keeps its scale, as audited from the start
        snapshot.put("amountInvolved", amountInvolved == null ? null : amountInvolved.toPlainString());
        snapshot.put("parties", parties.stream().map(DisputeParty::auditLine).toList());
        snapshot.put("mediators", mediators.stream().map(m -> m.mediatorId.toString()).toList());
        snapshot.put("terms", terms.stream().map(AgreementTerm::auditLine).toList());
    }
}
