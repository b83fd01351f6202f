package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.Masked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

import static cn.daxiang.justice.kit.audit.Masked.Kind.NAME;
import static cn.daxiang.justice.kit.audit.Masked.Kind.PHONE;

/**
 * A member of a subject's correction team (矫正小组, 社区矫正法 第二十五条) for one period: from {@code joinedOn} to
 * {@code leftOn} (open while still a member). The team on a day is the members whose period covers it. The member signs
 * the responsibility letter (矫正责任书; the 实施办法's article on it has an unconfirmed number) on {@code letterSignedOn}.
 * Name and phone are personal data, masked as a resettlement support team's are.
 */
@Entity
@Table(name = "team_member")
public class TeamMember extends SubjectPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public TeamRole role;

    @Masked(NAME)
    @Column(name = "name", nullable = false)
    public String name;

    @Masked(PHONE)
    @Column(name = "phone")
    public String phone;

    /** The member's committee, employer, school or organisation. */
    @Column(name = "unit")
    public String unit;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "letter_signed_on")
    public LocalDate letterSignedOn;
}
