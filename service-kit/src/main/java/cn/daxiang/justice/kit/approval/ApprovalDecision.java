package cn.daxiang.justice.kit.approval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One decision on a request, at one step; never changed (the request's audit row records it too). */
@Entity
@Immutable
@Table(name = "approval_decision")
public class ApprovalDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @JsonIgnore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id", nullable = false)
    public Approval approval;

    /** The 0-based step of the route it was taken at (a returned request starts again at 0). */
    @Column(name = "step", nullable = false)
    public int step;

    @Column(name = "round", nullable = false)
    public int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public Outcome outcome;

    @Column(name = "opinion", nullable = false)
    public String opinion;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decider_org_unit", nullable = false)
    public String deciderOrgUnit;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** How the request's audit row shows it. */
    String auditLine() {
        return round + "/" + step + " " + outcome + " " + deciderOrgUnit + " " + decidedBy;
    }
}
