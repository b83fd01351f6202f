package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.kit.audit.Masked.Kind.ID_NUMBER;
import static cn.daxiang.justice.kit.audit.Masked.Kind.NAME;
import static cn.daxiang.justice.kit.audit.Masked.Kind.PHONE;

/** An application for legal aid (法律援助申请). */
@Entity
@Table(name = "application")
public class Application extends AuditedRecord {

    @Column(name = "applicant_name", nullable = false)
    @Masked(NAME)
    public String applicantName;

    @Column(name = "applicant_id_number", nullable = false)
    @Masked(ID_NUMBER)
    public String applicantIdNumber;

    @Column(name = "applicant_phone")
    @Masked(PHONE)
    public String applicantPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public ApplicationChannel channel;

    @Column(name = "matter", nullable = false)
    public String matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    public CaseCategory category;

    /** The hardship basis as stated; may be absent when an exemption ({@link #hardshipExemption}) applies or for a notified case. */
    @Column(name = "hardship_basis")
    public String hardshipBasis;

    /** The legal ground for skipping the financial-hardship check (法律援助法第三十二条、第四十二条), when one applies. */
    @Enumerated(EnumType.STRING)
    @Column(name = "hardship_exemption")
    public HardshipExemption hardshipExemption;

    /** The recipient's categories for the ministry's statistics (受援人类别), any number of them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recipient_categories", nullable = false)
    public List<RecipientCategory> recipientCategories = new ArrayList<>();

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /**
     * The review's due date as the kit's clock {@code APPLICATION_REVIEW} computes it (kept here for lists
     * that sort by it); null while materials are awaited or while the calendar lacks the year.
     */
    @Column(name = "review_due_on")
    public LocalDate reviewDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ApplicationStatus status;

    @Column(name = "materials_requested")
    public String materialsRequested;

    @Column(name = "materials_requested_on")
    public LocalDate materialsRequestedOn;

    @Column(name = "materials_received_on")
    public LocalDate materialsReceivedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "refusal_reason")
    public String refusalReason;

    /**
     * The first decision (ACCEPTED or REFUSED) and its date, kept when an objection's CORRECTED decision reopens the
     * application and clears {@link #decidedOn}: the first refusal stays counted in its period.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "first_decision")
    public ApplicationStatus firstDecision;

    @Column(name = "first_decided_on")
    public LocalDate firstDecidedOn;

    /** The day a court's, procuratorate's or police notice (通知辩护/代理) arrived; only on a NOTIFIED application. */
    @Column(name = "notice_received_on")
    public LocalDate noticeReceivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "notifying_organ")
    public NotifyingOrgan notifyingOrgan;

    /**
     * 通知辩护 (法律援助法第二十五条) or 通知代理 (第二十八条), the centre assigning within 3 日 of the notice (第三十六条);
     * only on a NOTIFIED application.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_kind")
    public NoticeKind noticeKind;

    /** The notice's document number (文书编号), e.g. 大公（刑）通字〔2021〕12号. */
    @Column(name = "notice_document_number")
    public String noticeDocumentNumber;

    /** The day an objection's CORRECTED decision (法律援助法第四十九条) put the refused application back under review. */
    @Column(name = "reopened_on")
    public LocalDate reopenedOn;

    /** The objection whose decision reopened the application. */
    @Column(name = "reopened_by_objection")
    public UUID reopenedByObjection;

    @Column(name = "case_id")
    public UUID caseId;
}
