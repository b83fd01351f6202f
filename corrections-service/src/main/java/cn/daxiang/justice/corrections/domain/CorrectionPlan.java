package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.Masked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

import static cn.daxiang.justice.kit.audit.Masked.Kind.REDACT;

/**
 * A subject's individual correction plan (矫正方案, 社区矫正法 第二十四条), one version of it: drawn up according to the
 * judgment and the subject's sex, age, psychology, health, the crime and the remorse shown (the risk assessment it rests
 * on), and adjusted with the subject's conduct. Versions are numbered 1, 2, … per subject; the latest is the current plan.
 */
@Entity
@Table(name = "correction_plan")
public class CorrectionPlan extends SubjectPart {

    @Column(name = "plan_version", nullable = false, updatable = false)
    public int planVersion;

    @Column(name = "drawn_up_on", nullable = false)
    public LocalDate drawnUpOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel;

    /** About the person's crime, psychology and health: withheld where personal data is masked. */
    @Masked(REDACT)
    @Column(name = "risk_assessment", nullable = false)
    public String riskAssessment;

    @Column(name = "supervision_measures", nullable = false)
    public String supervisionMeasures;

    @Column(name = "education_measures", nullable = false)
    public String educationMeasures;

    @Column(name = "psychological_measures")
    public String psychologicalMeasures;

    @Column(name = "assistance_measures")
    public String assistanceMeasures;

    @Column(name = "adjustment_reason")
    public String adjustmentReason;

    @Column(name = "adopted_by", nullable = false)
    public String adoptedBy;

    /** The latest version of the subject's plan; set false when a newer version is drawn up. */
    @Column(name = "current", nullable = false)
    public boolean current;
}
