package cn.daxiang.justice.kit.attachment;

import cn.daxiang.justice.kit.domain.AuditedRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record type that takes attachments, as a line declares it in its {@link AttachmentCatalog}: the entity, its name
 * in messages (社区矫正对象), the path of its collection ({@code /api/v1/corrections/subjects}, for the download
 * links) and the kinds of file it takes. Its files are read, written and masked as the record is; downloads are
 * written to the access log (every record type that takes files holds a person's data).
 */
public final class AttachmentTarget {

    private final Class<? extends AuditedRecord> type;
    private final String what;
    private final String collection;
    private final Map<String, AttachmentKind> kinds = new LinkedHashMap<>();

    private AttachmentTarget(Class<? extends AuditedRecord> type, String what, String collection, List<AttachmentKind> kinds) {
        this.type = type;
        this.what = what;
        this.collection = collection;
        kinds.forEach(k -> {
            if (this.kinds.put(k.code(), k) != null) {
                throw new IllegalStateException(type.getSimpleName() + ": attachment kind " + k.code() + " twice");
            }
        });
    }

    public static AttachmentTarget of(Class<? extends AuditedRecord> type, String what, String collection, List<AttachmentKind> kinds) {
        return new AttachmentTarget(type, what, collection, kinds);
    }

    public Class<? extends AuditedRecord> type() {
        return type;
    }

    /** The entity's simple name, as attachments and the audit log name it. */
    public String recordType() {
        return type.getSimpleName();
    }

    public String what() {
        return what;
    }

    public String collection() {
        return collection;
    }

    public Optional<AttachmentKind> kind(String code) {
        return Optional.ofNullable(code == null ? null : kinds.get(code));
    }

    public List<AttachmentKind> kinds() {
        return List.copyOf(kinds.values());
    }
}
