package cn.daxiang.justice.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the manual-figure catalog (人工填报目录, migration V19): what a manual figure is, where the
 * report writes it and how sub-period figures make a run's figure. Data of the migrations, read only.
 */
@Entity
@Table(name = "manual_figure_catalog")
public class ManualFigureCatalogEntry extends PanacheEntityBase {

    @Id
    @Column(name = "metric", length = 100)
    public String metric;

    @Column(name = "kind", nullable = false, length = 10)
    public String kind;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "unit", nullable = false, length = 10)
    public String unit;

    @Column(name = "section", nullable = false, length = 20)
    public String section;

    @Column(name = "lead", length = 40)
    public String lead;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "template", length = 200)
    public String template;

    @Column(name = "aggregation", nullable = false, length = 10)
    public String aggregation;

    @Column(name = "opening_balance", nullable = false)
    public boolean openingBalance;

    @Column(name = "formula", length = 500)
    public String formula;

    @Column(name = "positive_only", nullable = false)
    public boolean positiveOnly;
}
