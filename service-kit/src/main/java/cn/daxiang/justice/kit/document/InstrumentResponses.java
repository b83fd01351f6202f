package cn.daxiang.justice.kit.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/** The answers of a line's instrument endpoints. */
public final class InstrumentResponses {

    public static final String ISSUE = "Issues the instrument once: its number (per year, office and kind, without gaps) is given on "
            + "the first call (201); a later call answers the same instrument (200). 409 when the record is not in the state the "
            + "instrument needs. Audited. The `links` fetch the document.";
    public static final String READ = "The issued instrument rendered from the record as DOCX (to edit and stamp) or PDF (to file): "
            + "`format=docx|pdf`, else the Accept header, else PDF; the file name (Chinese) in `filename*`. It holds the record's "
            + "personal data in full (it is the instrument), so only the roles that read the record in full get it; each read is "
            + "in the access log. 404 before the instrument is issued.";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    private InstrumentResponses() {
    }

    /** 201 with the instrument when this call issued it, 200 when it was issued before. */
    public static Response issued(Instruments.Issued issued) {
        return Response.status(issued.created() ? Response.Status.CREATED : Response.Status.OK).entity(issued.view()).build();
    }

    /** The document as a download, its Chinese file name in {@code filename*} (RFC 6266, RFC 5987). */
    public static Response document(Instruments.Document document) {
        return Response.ok(document.content(), document.format().contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document.fileName(), document.format().extension))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code attachment; filename="instrument.pdf"; filename*=UTF-8''%E7%BB%99...} */
    static String contentDisposition(String fileName, String extension) {
        return "attachment; filename=\"instrument." + extension + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
