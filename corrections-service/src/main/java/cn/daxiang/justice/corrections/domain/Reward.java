package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A reward (表扬) of a subject, the counterpart of a violation's sanction: 《中华人民共和国社区矫正法》第二十八条 (认罪悔罪、
 * 遵守法律法规、服从监督管理、接受教育表现突出的，应当给予表扬); decided by the county's corrections authority under the
 * 实施办法's article on 考核奖惩 (number unconfirmed). A record of its own: a violation is an event with a sanction,
 * a reward a decision on a record of conduct.
 */
@Entity
@Table(name = "reward")
public class Reward extends SubjectPart {

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "reason", nullable = false)
    public String reason;
}
