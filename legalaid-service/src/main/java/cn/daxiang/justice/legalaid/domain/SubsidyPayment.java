package cn.daxiang.justice.legalaid.domain;

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
 * A payment (发放) of closed cases' subsidies to one provider: the amounts are copied from what each case is owed when
 * the payment is requested and do not change; it goes through the kit's approvals (SUBSIDY_PAYMENT) and, approved, is
 * paid on a date by the centre.
 */
@Entity
@Table(name = "subsidy_payment")
public class SubsidyPayment extends AuditedRecord {

    @Column(name = "provider_id", nullable = false, updatable = false)
    public UUID providerId;

    @Column(name = "requested_on", nullable = false, updatable = false)
    public LocalDate requestedOn;

    @Column(name = "reasons", nullable = false)
    public String reasons;

    @Column(name = "total", nullable = false, updatable = false)
    public BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubsidyPaymentStatus status;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    /** Who paid: the department or person of the centre that made the transfer. */
    @Column(name = "paid_by")
    public String paidBy;

    @Column(name = "voucher_number")
    public String voucherNumber;

    @NotAudited
    @BatchSize(size = 100)
    @OneToMany(mappedBy = "payment", cascade = CascadeType.PERSIST)
    @OrderBy("caseId")
    public List<SubsidyPaymentCase> cases = new ArrayList<>();

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        snapshot.put("total", total == null ? null : total.toPlainString());
        snapshot.put("cases", cases.stream().map(SubsidyPaymentCase::auditLine).toList());
    }
}
