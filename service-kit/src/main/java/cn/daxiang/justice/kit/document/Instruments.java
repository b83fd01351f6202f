package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.accesslog.AccessLog;
import cn.daxiang.justice.kit.attachment.Attachments;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The formal instruments (格式文书) of every line: issuing one for a record (its number given once, gaplessly, audited)
 * and rendering it as DOCX or PDF from the line's replaceable templates. A line lists its kinds in an
 * {@link InstrumentCatalog}; its resources call {@link #issue} and {@link #document} with a loader of the record that
 * checks the caller's scope as the record's own reads do.
 */
@ApplicationScoped
public class Instruments {

    @Inject
    Attachments attachments;

    /** Audit action of an issue; a read of the document goes to the access log. */
    static final String WHAT = "格式文书";

    @Inject
    Instance<InstrumentCatalog> catalogs;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    AccessLog accessLog;

    @Inject
    Numbering numbering;

    @Inject
    TemplateFiles templates;

    @Inject
    Engine qute;

    @Inject
    Pdf pdf;

    private Map<String, InstrumentKind<?>> byCode;

    @PostConstruct
    void index() {
        byCode = new LinkedHashMap<>();
        catalogs.stream().flatMap(c -> c.kinds().stream()).map(InstrumentKind::complete).forEach(kind -> {
            if (byCode.put(kind.code(), kind) != null) {
                throw new IllegalStateException("two instrument kinds of code " + kind.code());
            }
        });
    }

    /** An instrument issued: its view, and whether this call issued it (201) or found it issued before (200). */
    public record Issued(InstrumentView view, boolean created) {
    }

    /** A rendered instrument. */
    public record Document(String fileName, InstrumentFormat format, byte[] content) {
    }

    /**
     * Issues the instrument of kind {@code code} for the record {@code lockedRecord} loads (scope-checked and locked, so
     * two issues for one record queue), or answers the one issued before: printing again keeps the number. 409 when the
     * record is not in a state the instrument needs; 403 for a caller who may not write the record.
     *
     * @param self the request's own address: the document links are built on it
     */
    @Transactional
    public <R extends AuditedRecord> Issued issue(Class<R> type, String code, Supplier<R> lockedRecord, URI self) {
        InstrumentKind<R> kind = kind(type, code);
        R record = lockedRecord.get();
        caller.requireWritable(record.orgUnit);
        Optional<Instrument> issued = find(kind, record);
        if (issued.isPresent()) {
            return new Issued(view(kind, issued.get(), self), false);
        }
        kind.refusal(record).ifPresent(refusal -> {
            throw ApiException.conflict(refusal);
        });
        LocalDate on = kind.issuedOn(record);
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.orgUnit = record.orgUnit;
        instrument.recordType = type.getSimpleName();
        instrument.recordId = record.id;
        instrument.kind = kind.code();
        instrument.year = on.getYear();
        instrument.number = numbering.next(record.orgUnit, kind.code(), instrument.year);
        instrument.documentNumber = numbering.documentNumber(record.orgUnit, kind.word(), instrument.year, instrument.number);
        instrument.issuedOn = on;
        instrument.persist();
        audit.created(instrument);
        attach(kind, record, instrument);
        return new Issued(view(kind, instrument, self), true);
    }

    /**
     * The instrument issued for the record, rendered now from the record and the replaceable template; the read is
     * written to the access log (the document holds the record's personal data). 404 when none was issued.
     */
    @Transactional
    public <R extends AuditedRecord> Document document(Class<R> type, String code, Supplier<R> record, InstrumentFormat format,
                                                       String path, String operation) {
        InstrumentKind<R> kind = kind(type, code);
        R r = record.get();
        Instrument instrument = find(kind, r).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "尚未出具" + kind.title() + "，请先出具（POST）"));
        Document document = render(kind, r, instrument, format);
        accessLog.record("GET", path, operation, List.of(r.id));
        return document;
    }

    /**
     * Files the issued instrument's PDF (what the office files; the DOCX is for editing and stamping) among its
     * record's attachments, in the same transaction: an instrument that cannot be filed is not issued either.
     */
    <R extends AuditedRecord> void attach(InstrumentKind<R> kind, R record, Instrument instrument) {
        kind.filedAs().ifPresent(attachmentKind -> {
            Document document = render(kind, record, instrument, InstrumentFormat.PDF);
            attachments.storeGenerated(instrument.recordType, instrument.recordId, attachmentKind,
                    kind.title() + "（" + instrument.documentNumber + "）", document.fileName(),
                    document.format().contentType, document.content());
        });
    }

    <R extends AuditedRecord> Document render(InstrumentKind<R> kind, R record, Instrument instrument, InstrumentFormat format) {
        Map<String, Object> model = model(kind, record, instrument);
        byte[] template = templates.read(kind.template(format));
        byte[] content = switch (format) {
            case DOCX -> Docx.render(template, model);
            case PDF -> pdf(new String(template, StandardCharsets.UTF_8), model);
        };
        return new Document(kind.title() + "（" + instrument.documentNumber + "）." + format.extension, format, content);
    }

    /** The HTML template filled by Qute (values HTML-escaped), printed by the kit's {@link Pdf} with its embedded fonts. */
    private byte[] pdf(String html, Map<String, Object> model) {
        Template template = qute.parse(html, Variant.forContentType(Variant.TEXT_HTML));
        return pdf.render(template.data(model).render());
    }

    /** The kit's values (title, number, issuer, date) and the kind's; a missing value shows as empty. */
    private <R extends AuditedRecord> Map<String, Object> model(InstrumentKind<R> kind, R record, Instrument instrument) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", kind.title());
        model.put("number", instrument.documentNumber);
        model.put("issuer", numbering.officeName(instrument.orgUnit));
        model.put("date", chineseDate(instrument.issuedOn));
        kind.model(record).forEach((name, value) -> model.put(name, value == null ? "" : value));
        return model;
    }

    /** 2021年10月8日, as an instrument writes a date. */
    public static String chineseDate(LocalDate day) {
        return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** The instrument of the decision the record holds now (an earlier decision's stays as it was issued). */
    private <R extends AuditedRecord> Optional<Instrument> find(InstrumentKind<R> kind, R record) {
        return kind.decidedOn(record).flatMap(on -> Instrument.<Instrument>find(
                "recordType = ?1 and recordId = ?2 and kind = ?3 and issuedOn = ?4",
                kind.type().getSimpleName(), record.id, kind.code(), on).firstResultOptional());
    }

    @SuppressWarnings("unchecked")
    private <R extends AuditedRecord> InstrumentKind<R> kind(Class<R> type, String code) {
        InstrumentKind<?> kind = byCode.get(code);
        if (kind == null || kind.type() != type) {
            throw new ApiException(ProblemType.NOT_FOUND, "没有这种文书：" + code);
        }
        return (InstrumentKind<R>) kind;
    }

    private static InstrumentView view(InstrumentKind<?> kind, Instrument i, URI self) {
        String base = self.toString();
        return new InstrumentView(i.id, i.kind, kind.title(), i.recordType, i.recordId, i.orgUnit, i.year, i.number,
                i.documentNumber, i.issuedOn, i.createdBy, i.createdAt,
                new InstrumentView.Links(base + "?format=docx", base + "?format=pdf"));
    }
}
