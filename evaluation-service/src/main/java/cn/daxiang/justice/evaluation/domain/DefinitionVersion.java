package cn.daxiang.justice.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Every version of an indicator or rule definition as it was written (insert-only), so that a run
 * that names {@code definitionVersion} can be reproduced after the definition changed.
 */
@Entity
@Table(name = "definition_version")
public class DefinitionVersion extends PanacheEntityBase {

    public static final String INDICATOR = "INDICATOR";
    public static final String RULE = "RULE";
    public static final String SCORECARD = "SCORECARD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kind", nullable = false, length = 20)
    public String kind;

    @Column(name = "definition_id", nullable = false)
    public UUID definitionId;

    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "code", nullable = false, length = 60)
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "definition", nullable = false)
    public Map<String, Object> definition;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;
}
