package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A payment batch of rewards (以奖代补发放批次) for the dossiers archived in one year within its org unit: the
 * amounts owed frozen per dossier and per mediator (tables reward_payment_dossier and reward_payment_line), the
 * document it rests on, decided through the kit's approvals (MediationApprovals.REWARD_PAYMENT), then paid.
 */
@Entity
@Table(name = "reward_payment")
public class RewardPayment extends AuditedRecord {

    /** The archive year of the dossiers rewarded (not the year of payment). */
    @Column(name = "year", nullable = false)
    public int year;

    /** The document the batch rests on, e.g. the bureau's notice on the year's rewards (文号). */
    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "document_title", nullable = false)
    public String documentTitle;

    @Column(name = "dossiers", nullable = false)
    public int dossiers;

    /** The mediators with a line in the batch. */
    @Column(name = "mediators", nullable = false)
    public int mediators;

    @Column(name = "total", nullable = false)
    public BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public RewardPaymentStatus status;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    /** Who paid it out (a person or the bureau's finance office), as the payment voucher names them. */
    @Column(name = "paid_by")
    public String paidBy;

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        // the amount keeps its scale, as the rates' do
        snapshot.put("total", total == null ? null : total.toPlainString());
    }
}
