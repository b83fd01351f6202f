package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.problem.ApiException;

import java.util.Locale;

/** The two forms of an instrument: DOCX, what an office edits and stamps; PDF, what it files. */
public enum InstrumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    public final String contentType;
    public final String extension;

    InstrumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** From {@code ?format=}, else from the Accept header, else PDF. */
    public static InstrumentFormat of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            for (InstrumentFormat f : values()) {
                if (f.extension.equals(format.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw ApiException.invalid("format", "文书格式只能是 docx 或 pdf");
        }
        if (accept != null && accept.contains(DOCX.contentType) && !accept.contains(PDF.contentType)) {
            return DOCX;
        }
        return PDF;
    }
}
