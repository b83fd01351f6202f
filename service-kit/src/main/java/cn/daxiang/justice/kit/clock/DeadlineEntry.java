package cn.daxiang.justice.kit.clock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A record's item as kept in {@code deadline}: what the to-do list and the timeliness figures read. */
@Entity
@Table(name = "deadline")
public class DeadlineEntry extends PanacheEntityBase {

    /** Stands for "not known yet" in {@link #orderOn}: such items list last. */
    static final LocalDate UNKNOWN = LocalDate.of(9999, 12, 31);

    @Id
    public UUID id;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "period", nullable = false)
    public String period;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "remind_on")
    public LocalDate remindOn;

    @Column(name = "met_on")
    public LocalDate metOn;

    @Column(name = "stopped_since")
    public LocalDate stoppedSince;

    @Column(name = "order_on", nullable = false)
    public LocalDate orderOn;

    @Column(name = "missing_year")
    public Integer missingYear;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The row's id, derived from what it is the item of (a name-based UUID). */
    static UUID idOf(String entityType, UUID entityId, String kind) {
        return UUID.nameUUIDFromBytes((entityType + "/" + entityId + "/" + kind).getBytes(StandardCharsets.UTF_8));
    }

    void fill(String orgUnit, Deadline item, Integer missingYear) {
        this.orgUnit = orgUnit;
        period = item.period();
        startsOn = item.startsOn();
        dueOn = item.dueOn();
        remindOn = item.remindOn();
        metOn = item.metOn();
        stoppedSince = item.stoppedSince();
        orderOn = dueOn == null ? UNKNOWN : dueOn;
        this.missingYear = missingYear;
        updatedAt = Instant.now();
    }
}
