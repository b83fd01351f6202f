package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.idnumber.Masking;
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
import java.util.Map;
import java.util.UUID;

/** A person in resettlement and support (安置帮教), released from prison or from correction. */
@Entity
@Table(name = "resettlement_person")
public class ResettlementPerson extends PersonRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    public ResettlementSource source;

    @Column(name = "released_on", nullable = false)
    public LocalDate releasedOn;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** The day the township first contacted the released person (衔接/帮教). */
    @Column(name = "contacted_on")
    public LocalDate contactedOn;

    /** The day the prison's release notice (刑满释放人员通知书) arrived. */
    @Column(name = "notice_received_on")
    public LocalDate noticeReceivedOn;

    /** The prison that sent the release notice (释放单位). */
    @Column(name = "prison_name")
    public String prisonName;

    /** The release day the notice announced (预计释放日期). */
    @Column(name = "expected_release_on")
    public LocalDate expectedReleaseOn;

    /** The hand-over at release (必接必送 / 衔接): its day, its way and who did it; all three or none. */
    @Column(name = "handover_on")
    public LocalDate handoverOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "handover_method")
    public HandoverMethod handoverMethod;

    /** The staff member's name, acting in office: not masked. */
    @Column(name = "handover_by")
    public String handoverBy;

    /**
     * Whether the person was handed over (衔接): derived from the recorded hand-over ({@link HandoverMethod#reached()});
     * without one, the flag a client sent (clients before the hand-over was recorded send only the flag).
     */
    @Column(name = "handover_done", nullable = false)
    public boolean handoverDone;

    @Column(name = "key_target", nullable = false)
    public boolean keyTarget;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "support_team", nullable = false)
    public List<SupportTeamMember> supportTeam = new ArrayList<>();

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** The correction subject this person was handed over from, if any. */
    @Column(name = "subject_id", updatable = false)
    public UUID subjectId;

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        // in place of the raw list: the members' names masked
        snapshot.put("supportTeam", supportTeam == null ? List.of()
                : supportTeam.stream().map(m -> Masking.name(m.name()) + "/" + m.role()).toList());
    }
}
