package cn.daxiang.justice.kit.attachment;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A file attached to a record (issue 21): which record, of what kind, its title and original name, its type as read
 * from its bytes, its size and its SHA-256 (the content in {@link AttachmentStore}). Uploaded by and at are
 * {@code createdBy} and {@code createdAt}; the org unit is the record's, for scope, and follows the record when it
 * moves. Title and file name may name persons: the audit trail keeps them withheld.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends AuditedRecord {

    @Column(name = "record_type", nullable = false, updatable = false, length = 80)
    public String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    public UUID recordId;

    @Column(name = "kind", nullable = false, length = 40)
    public String kind;

    @Masked(Masked.Kind.REDACT)
    @Column(name = "title", nullable = false, length = 200)
    public String title;

    @Masked(Masked.Kind.REDACT)
    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size", nullable = false)
    public long size;

    @Column(name = "sha256", nullable = false, length = 64)
    public String sha256;
}
