package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A subject's change of the place of execution (变更执行地), decided through the kit's approvals (CorrectionsApprovals):
 * to another township of the district ({@code newOrgUnit}: the subject and its file move there on approval) or out
 * of the district ({@code newPlace}: the correction ends here as TRANSFERRED and the file is handed over).
 */
@Entity
@Table(name = "residence_change")
public class ResidenceChange extends SubjectPart {

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    /** Within the district: the township office that takes the subject over. */
    @Column(name = "new_org_unit")
    public String newOrgUnit;

    /** Out of the district: the county-level place of execution, e.g. 湖南省长沙市岳麓区 (not an address). */
    @Column(name = "new_place")
    public String newPlace;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ResidenceChangeStatus status;

    /** The day the change was approved (Asia/Shanghai): the move, or the end of the correction here. */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** Out of the district: the day the file was handed over to the new place's agency. */
    @Column(name = "handed_over_on")
    public LocalDate handedOverOn;

    public boolean outOfDistrict() {
        return newOrgUnit == null;
    }
}
