package cn.daxiang.justice.legalaid.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One case a payment pays, with the amount frozen when the payment was requested and the rate and share it came from.
 * Active while its payment is not rejected: a case has at most one active line (subsidy_payment_case_uk), so it is paid once.
 */
@Entity
@Table(name = "subsidy_payment_case")
public class SubsidyPaymentCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    public SubsidyPayment payment;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "rate_id", nullable = false, updatable = false)
    public UUID rateId;

    @Column(name = "rate", nullable = false, updatable = false)
    public BigDecimal rate;

    @Column(name = "share", nullable = false, updatable = false)
    public BigDecimal share;

    @Column(name = "amount", nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(name = "active", nullable = false)
    public boolean active;

    /** What the payment's audit rows show of it. */
    String auditLine() {
        return caseId + " " + amount.toPlainString() + (active ? "" : " released");
    }
}
