package cn.daxiang.justice.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One term of a mediation agreement (人民调解法第二十九条 「当事人达成调解协议的内容，履行的方式、期限」): which party
 * owes it (the party's position in the dispute's list), what, how much in yuan, by when. Part of the dispute.
 */
@Entity
@Table(name = "agreement_term")
public class AgreementTerm extends DisputeRow {

    @Column(name = "obligor_party", nullable = false)
    public int obligorParty;

    @Column(name = "obligation", nullable = false)
    public String obligation;

    @Column(name = "amount")
    public BigDecimal amount;

    @Column(name = "due_on")
    public LocalDate dueOn;

    String auditLine() {
        return position + ": party " + obligorParty + " " + obligation
                + (amount == null ? "" : " " + amount.toPlainString() + "元")
                + (dueOn == null ? "" : " by " + dueOn);
    }
}
