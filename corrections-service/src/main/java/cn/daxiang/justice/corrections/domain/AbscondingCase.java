package cn.daxiang.justice.corrections.domain;

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

/**
 * An absconding case (脱管, 失去联系) of a subject and its search (查找): 《中华人民共和国社区矫正法》第三十条 (article number
 * unconfirmed) — the office searches at once (立即组织查找); the 实施办法's article on 失去联系 (number unconfirmed) has it
 * notify the police when the search fails and inform the procuratorate. OPEN while the search runs, then FOUND or
 * ESCALATED; the dated steps of the search are a list on the case, added only while it is open.
 */
@Entity
@Table(name = "absconding_case")
public class AbscondingCase extends SubjectPart {

    @Column(name = "discovered_on", nullable = false)
    public LocalDate discoveredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "discovered_how", nullable = false)
    public AbscondingDiscovery discoveredHow;

    @Column(name = "circumstances", nullable = false)
    public String circumstances;

    /** The search's steps in the order entered (dates never go back); set by the step action only. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "steps", nullable = false)
    public List<AbscondingStep> steps = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public AbscondingStatus status = AbscondingStatus.OPEN;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** How the subject was found, or what the escalation was. */
    @Column(name = "end_note")
    public String endNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation")
    public AbscondingEscalation escalation;

    /** The authority the case went to (a police station, the court). */
    @Column(name = "escalated_to")
    public String escalatedTo;

    /** The latest step's date, or the discovery's when none: nothing of the case may be dated before it. */
    public LocalDate lastDate() {
        return steps.stream().map(AbscondingStep::takenOn).max(LocalDate::compareTo).orElse(discoveredOn);
    }
}
