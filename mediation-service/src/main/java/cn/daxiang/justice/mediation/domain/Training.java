package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.audit.NotAudited;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A training session for mediators (初任培训 / 年度培训) and who attended it. */
@Entity
@Table(name = "training")
public class Training extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public TrainingKind kind;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "hours", nullable = false)
    public BigDecimal hours;

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    @NotAudited
    public List<TrainingAttendance> attendances = new ArrayList<>();

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        snapshot.put("attendees", attendances.stream().map(a -> a.mediatorId.toString()).sorted().toList());
    }
}
