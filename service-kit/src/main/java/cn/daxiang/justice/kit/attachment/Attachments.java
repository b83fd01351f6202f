package cn.daxiang.justice.kit.attachment;

import cn.daxiang.justice.kit.accesslog.AccessLog;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.audit.RecordWritten;
import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.input.ControlCharacters;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.kit.sync.SyncAdapters;
import cn.daxiang.justice.kit.sync.Tombstones;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;
import org.hibernate.Session;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Files attached to records, for every line (issue 21). A line lists the record types that take files and their kinds
 * in an {@link AttachmentCatalog} and gives each an {@link AttachmentsResource} subclass under the record's path. A
 * file is checked before anything is stored: the kind (400), the size of the file and of all the record's files (413),
 * the type read from its bytes and its name's agreement (415); then its content goes to the {@link AttachmentStore}
 * (deduplicated by SHA-256) and its metadata row is written, audited, in one transaction. Reads, writes and masking
 * follow the record; a download is written to the access log. A record's files go with it when it is deleted and
 * follow it when it moves (both through the audit log's {@link RecordWritten}, once for every record type); a content
 * no attachment names any more is removed. The line's {@code attachments} sync resource is their change feed.
 */
@ApplicationScoped
public class Attachments {

    public static final String RESOURCE = "attachments";
    static final String WHAT = "附件";
    static final int MAX_TITLE = 200;
    static final int MAX_FILE_NAME = 255;

    @Inject
    Instance<AttachmentCatalog> catalogs;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Tombstones tombstones;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    AccessLog accessLog;

    @Inject
    AttachmentStore store;

    @Inject
    KitConfig.Attachments limits;

    @Inject
    EntityManager em;

    private Map<String, AttachmentTarget> byType;

    @PostConstruct
    void index() {
        byType = new LinkedHashMap<>();
        catalogs.stream().flatMap(c -> c.targets().stream()).forEach(t -> {
            if (byType.put(t.recordType(), t) != null) {
                throw new IllegalStateException("two attachment targets of type " + t.recordType());
            }
        });
    }

    /** A download: the metadata (type, size, name, hash) and the content, opened when the answer is written. */
    public record Download(Attachment attachment, InputStream content) {
    }

    /** Stores an uploaded file (spilled to {@code file} by the HTTP layer) as an attachment of the record. */
    @Transactional
    public AttachmentView upload(AttachmentTarget target, UUID recordId, String kind, String title, String fileName, Path file) {
        AuditedRecord record = writableRecord(target, recordId);
        String name = fileName(fileName);
        try {
            long size = Files.size(file);
            return store(target, record, kind, title, name, null, size, () -> new BufferedInputStream(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores a document the platform generated (a formal instrument) as an attachment of the record, with the same
     * checks as an upload (the caller writes the record; kind, size, and the declared type must be what the bytes are).
     * Usable from a service method: joins its transaction.
     */
    @Transactional
    public AttachmentView storeGenerated(String recordType, UUID recordId, String kind, String title, String fileName,
                                         String contentType, byte[] content) {
        AttachmentTarget target = byType.get(recordType);
        if (target == null) {
            throw new IllegalStateException("record type " + recordType + " takes no attachments");
        }
        AuditedRecord record = writableRecord(target, recordId);
        return store(target, record, kind, title, fileName(fileName), contentType, content.length,
                () -> new ByteArrayInputStream(content));
    }

    /** The record's files, oldest first (a list under one record: whole, not paged), masked as a bulk read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentView> list(AttachmentTarget target, UUID recordId) {
        visibleRecord(target, recordId, LockModeType.NONE);
        Disclosure disclosure = personalData.bulk();
        return Attachment.<Attachment>find("recordType = ?1 and recordId = ?2", Sort.ascending("createdAt").and("id"),
                target.recordType(), recordId).list().stream().map(a -> view(a, disclosure)).toList();
    }

    /** One file's metadata, as a single read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttachmentView get(AttachmentTarget target, UUID recordId, UUID attachmentId) {
        visibleRecord(target, recordId, LockModeType.NONE);
        return view(attachment(target, recordId, attachmentId), personalData.single());
    }

    /**
     * One file's content, for a caller who may read the record in full (a reader the policy masks gets 403: a document
     * cannot be masked). Recorded in the access log (the attachment and its record) before the content is handed out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download content(AttachmentTarget target, UUID recordId, UUID attachmentId, String path, String operation) {
        visibleRecord(target, recordId, LockModeType.NONE);
        Attachment a = attachment(target, recordId, attachmentId);
        if (!personalData.single().full()) {
            throw ApiException.forbidden("您的角色只能查看脱敏信息，不能下载附件原件");
        }
        accessLog.record("GET", path, operation, List.of(a.id, a.recordId));
        return new Download(a, store.open(a.sha256));
    }

    /** Removes one file from the record, audited (a tombstone for the feed); its content goes if nothing else names it. */
    @Transactional
    public void delete(AttachmentTarget target, UUID recordId, UUID attachmentId) {
        writableRecord(target, recordId);
        Attachment a = attachment(target, recordId, attachmentId);
        remove(List.of(a));
    }

    /** The line's {@code attachments} sync resource: the change feed of the metadata; an upload is refused. */
    public SyncAdapter<Attachment, AttachmentSyncInput> syncAdapter() {
        return SyncAdapters.feedOnly(RESOURCE, Attachment.class, AttachmentSyncInput.class,
                        "附件通过记录的附件接口上传（/{记录}/{id}/attachments），不能经同步上传",
                        id -> Attachment.<Attachment>findByIdOptional(id).map(a -> a.orgUnit).orElse(caller.orgUnit()))
                .view(this::view).build();
    }

    /**
     * Once for every record type: a deleted record's files go with it (each audited, with its tombstone), and a record
     * that moved to another org unit takes its files along (audited as moves, so both offices' feeds learn it).
     */
    void onRecordWritten(@Observes RecordWritten written) {
        if (written.record() instanceof Attachment || written.isCreation()) {
            return;
        }
        AuditedRecord record = written.record();
        AttachmentTarget target = byType.get(typeOf(record));
        if (target == null || !(written.isDeletion() || written.moved())) {
            return;
        }
        List<Attachment> files = Attachment.<Attachment>find("recordType = ?1 and recordId = ?2", target.recordType(), record.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (written.isDeletion()) {
            remove(files);
        } else {
            files.stream().filter(a -> !a.orgUnit.equals(record.orgUnit))
                    .forEach(a -> audit.change(AuditLog.MOVE, a, m -> m.orgUnit = record.orgUnit));
        }
    }

    private AttachmentView store(AttachmentTarget target, AuditedRecord record, String kindCode, String title, String fileName,
                                 String declared, long size, ContentSource source) {
        AttachmentKind kind = target.kind(kindCode).orElseThrow(() -> ApiException.invalid("kind",
                "未知的附件类别，可选：" + target.kinds().stream().map(k -> k.code() + "（" + k.label() + "）").collect(Collectors.joining("、"))));
        String cleanTitle = title(title);
        if (size == 0) {
            throw ApiException.invalid("file", "文件为空");
        }
        long maxFile = limits.maxFileSize().asLongValue();
        if (size > maxFile) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "文件大小 " + size + " 字节，超过单个附件上限 " + maxFile + " 字节");
        }
        long held = em.createQuery("select coalesce(sum(a.size), 0) from Attachment a where a.recordType = :t and a.recordId = :r", Long.class)
                .setParameter("t", target.recordType()).setParameter("r", record.id).getSingleResult();
        long maxRecord = limits.maxRecordSize().asLongValue();
        if (held + size > maxRecord) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "该" + target.what() + "的附件已有 " + held + " 字节，加上本文件超过每条记录上限 "
                    + maxRecord + " 字节");
        }
        try {
            String detected;
            try (InputStream in = source.open()) {
                detected = FileTypes.detect(in, fileName);
            }
            String type = FileTypes.check(detected, fileName, kind);
            if (declared != null && !declared.equals(type)) {
                throw new IllegalStateException("generated " + fileName + " declared " + declared + " but is " + type);
            }
            AttachmentStore.Stored stored;
            try (InputStream in = source.open()) {
                stored = store.put(in);
            }
            Attachment a = new Attachment();
            a.id = UUID.randomUUID();
            a.orgUnit = record.orgUnit;
            a.recordType = target.recordType();
            a.recordId = record.id;
            a.kind = kind.code();
            a.title = cleanTitle;
            a.fileName = fileName;
            a.contentType = type;
            a.size = stored.size();
            a.sha256 = stored.sha256();
            a.persist();
            audit.created(a);
            return view(a, personalData.single());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the attachments (tombstones, audit rows), then each content that no attachment names any more. */
    private void remove(List<Attachment> files) {
        if (files.isEmpty()) {
            return;
        }
        // Sorted: every transaction takes the contents' locks in one order, so two deletions never deadlock.
        Set<String> contents = new TreeSet<>();
        for (Attachment a : files) {
            contents.add(a.sha256);
            tombstones.bury(a);
        }
        em.flush();
        for (String sha256 : contents) {
            em.unwrap(Session.class).doWork(c -> ContentLock.take(c, sha256));
            long named = Attachment.count("sha256", sha256);
            if (named == 0) {
                store.release(sha256);
            }
        }
    }

    private AttachmentView view(Attachment a, Disclosure disclosure) {
        AttachmentTarget target = byType.get(a.recordType);
        String kindLabel = target == null ? a.kind : target.kind(a.kind).map(AttachmentKind::label).orElse(a.kind);
        String collection = target == null ? null : target.collection();
        return new AttachmentView(a.id, a.orgUnit, a.version, a.recordType, a.recordId, a.kind, kindLabel,
                disclosure.full() ? a.title : Disclosure.WITHHELD,
                disclosure.full() ? a.fileName : Disclosure.WITHHELD + extension(a.fileName),
                a.contentType, a.size, a.sha256, a.createdBy, a.createdAt,
                collection == null ? null : collection + "/" + a.recordId + "/" + RESOURCE + "/" + a.id + "/content");
    }

    /**
     * The record type whose files a request path names ({@code <collection>/{id}/attachments...}): an
     * {@link AttachmentsResource} subclass needs nothing but its path.
     */
    public AttachmentTarget targetOf(String path, UUID recordId) {
        String files = "/" + recordId + "/" + RESOURCE;
        return byType.values().stream().filter(t -> path.contains(t.collection() + files)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no AttachmentCatalog target serves " + path));
    }

    private AuditedRecord visibleRecord(AttachmentTarget target, UUID recordId, LockModeType lock) {
        AuditedRecord record = Panache.getEntityManager(target.type()).find(target.type(), recordId, lock);
        if (record == null || !caller.covers(record.orgUnit)) {
            throw ApiException.notFound(target.what(), recordId);
        }
        return record;
    }

    /** The record, locked (its files' total is checked under the lock), and writable by the caller. */
    private AuditedRecord writableRecord(AttachmentTarget target, UUID recordId) {
        AuditedRecord record = visibleRecord(target, recordId, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(record.orgUnit);
        return record;
    }

    private static Attachment attachment(AttachmentTarget target, UUID recordId, UUID attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || !a.recordType.equals(target.recordType()) || !a.recordId.equals(recordId)) {
            throw ApiException.notFound(WHAT, attachmentId);
        }
        return a;
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw ApiException.invalid("title", "请填写附件标题");
        }
        ControlCharacters.check("title", title);
        String t = title.strip();
        if (t.length() > MAX_TITLE) {
            throw ApiException.invalid("title", "附件标题不能超过 " + MAX_TITLE + " 个字符");
        }
        return t;
    }

    /** The file's own name: a path some browsers send is cut to its last part. */
    static String fileName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw ApiException.invalid("file", "请上传文件（须有文件名）");
        }
        ControlCharacters.check("file", name);
        if (name.length() > MAX_FILE_NAME) {
            throw ApiException.invalid("file", "文件名不能超过 " + MAX_FILE_NAME + " 个字符");
        }
        return name;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot);
    }

    private static String typeOf(AuditedRecord record) {
        return Hibernate.getClass(record).getSimpleName();
    }

    @FunctionalInterface
    private interface ContentSource {
        InputStream open() throws IOException;
    }
}
