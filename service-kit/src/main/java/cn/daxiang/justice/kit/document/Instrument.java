package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A formal instrument (格式文书) issued for a record: its kind and its number, given once. Printing it again renders
 * the record anew under the same number; the row is never deleted (kit migration V8).
 */
@Entity
@Table(name = "instrument")
public class Instrument extends AuditedRecord {

    @Column(name = "record_type", nullable = false, updatable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    public UUID recordId;

    /** The kind's code, e.g. {@code grant}, unique within a service. */
    @Column(name = "kind", nullable = false, updatable = false)
    public String kind;

    @Column(name = "year", nullable = false, updatable = false)
    public int year;

    @Column(name = "number", nullable = false, updatable = false)
    public int number;

    /** The number as printed, e.g. 〔2021〕大司援决字第3号. */
    @Column(name = "document_number", nullable = false, updatable = false)
    public String documentNumber;

    /** The instrument's date (its 落款): the day of the decision or act it records. */
    @Column(name = "issued_on", nullable = false, updatable = false)
    public LocalDate issuedOn;
}
