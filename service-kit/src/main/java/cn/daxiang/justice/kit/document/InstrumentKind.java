package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.domain.AuditedRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of formal instrument (格式文书) of a line: the record it is made from, its title, the word of its number
 * (〔2021〕大司<b>援决</b>字第1号), the states the record must be in (409 otherwise), the instrument's date and the values
 * its templates show. Its templates are {@code instruments/<line>/<code>.docx} and {@code .html} on the class path,
 * replaceable by an operator (see {@link TemplateFiles}).
 */
public final class InstrumentKind<R extends AuditedRecord> {

    private record Requirement<R>(Predicate<R> holds, String refusal) {
    }

    private final Class<R> type;
    private final String line;
    private final String code;
    private final String title;
    private final String word;
    private final List<Requirement<R>> requirements = new ArrayList<>();
    private Function<R, LocalDate> issuedOn;
    private Function<R, Map<String, Object>> model;
    private String filedAs;

    private InstrumentKind(Class<R> type, String line, String code, String title, String word) {
        this.type = type;
        this.line = line;
        this.code = code;
        this.title = title;
        this.word = word;
    }

    /**
     * @param line  the line's path segment, e.g. {@code legal-aid} (the templates' folder)
     * @param code  the kind's path segment, e.g. {@code grant}; unique within the service (its numbers' sequence)
     * @param title the instrument's title, e.g. 给予法律援助决定书 (also its file name)
     * @param word  the number's word, e.g. 援决
     */
    public static <R extends AuditedRecord> InstrumentKind<R> of(Class<R> type, String line, String code, String title, String word) {
        return new InstrumentKind<>(type, line, code, title, word);
    }

    /** The record must satisfy {@code holds}; otherwise the instrument is refused with 409 and the message. */
    public InstrumentKind<R> requires(Predicate<R> holds, String refusal) {
        requirements.add(new Requirement<>(holds, refusal));
        return this;
    }

    /** The instrument's date, the day of the decision or act it records; its year is the number's year. */
    public InstrumentKind<R> issuedOn(Function<R, LocalDate> issuedOn) {
        this.issuedOn = issuedOn;
        return this;
    }

    /**
     * The values the templates show, by name (strings, or lists of maps for repeated parts). The kit adds
     * {@code title}, {@code number}, {@code issuer} (the office, unless the model names one) and {@code date}.
     */
    public InstrumentKind<R> model(Function<R, Map<String, Object>> model) {
        this.model = model;
        return this;
    }

    /**
     * The attachment kind (of the record's {@code AttachmentTarget}) its PDF is filed under when it is issued, so the
     * instrument joins the record's files (一人一档); without it the instrument is issued and printed only.
     */
    public InstrumentKind<R> filedAs(String attachmentKind) {
        this.filedAs = attachmentKind;
        return this;
    }

    public Optional<String> filedAs() {
        return Optional.ofNullable(filedAs);
    }

    public Class<R> type() {
        return type;
    }

    public String line() {
        return line;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String word() {
        return word;
    }

    public String template(InstrumentFormat format) {
        return "instruments/" + line + "/" + code + "." + (format == InstrumentFormat.DOCX ? "docx" : "html");
    }

    /** The first requirement the record does not meet, if any. */
    Optional<String> refusal(R record) {
        return requirements.stream().filter(r -> !r.holds().test(record)).map(Requirement::refusal).findFirst();
    }

    /** The day of the decision the record holds now, if it holds one. */
    Optional<LocalDate> decidedOn(R record) {
        return Optional.ofNullable(issuedOn.apply(record));
    }

    LocalDate issuedOn(R record) {
        return Objects.requireNonNull(issuedOn.apply(record), () -> code + ": the record has no date for the instrument");
    }

    Map<String, Object> model(R record) {
        return model.apply(record);
    }

    InstrumentKind<R> complete() {
        Objects.requireNonNull(issuedOn, () -> code + ": issuedOn missing");
        Objects.requireNonNull(model, () -> code + ": model missing");
        return this;
    }
}
