package cn.daxiang.justice.kit.attachment;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;
import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/**
 * The type of a file, read from its bytes by Apache Tika (magic numbers, then the name only to refine a container:
 * an OLE2 or OOXML file is a Word or Excel document by its name), and the name's own type, which must agree: a file
 * named {@code .pdf} that is an executable, or a PDF named {@code .png}, is refused (415).
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";

    public static final Set<String> IMAGES = Set.of(JPEG, PNG);
    /** Everything the platform stores: PDF, JPEG, PNG, Word and Excel (current and 97–2003 formats). */
    public static final Set<String> DOCUMENTS = Set.of(PDF, JPEG, PNG, DOCX, XLSX, DOC, XLS);

    private static final Map<String, String> LABELS = Map.of(PDF, "PDF", JPEG, "JPEG 图片", PNG, "PNG 图片", DOCX, "Word（docx）",
            XLSX, "Excel（xlsx）", DOC, "Word（doc）", XLS, "Excel（xls）");

    /** Thread-safe; its detector is tika-core's MIME repository (no parser is loaded). */
    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** The type of the bytes (the stream is read only as far as the detector needs, and must support mark/reset). */
    public static String detect(InputStream content, String fileName) throws IOException {
        return TIKA.detect(content, fileName);
    }

    /** The type the file's name claims. */
    public static String byName(String fileName) {
        return TIKA.detect(fileName);
    }

    /** The detected type, if the kind takes it and the name agrees with the bytes; 415 otherwise. */
    public static String check(String detected, String fileName, AttachmentKind kind) {
        if (!kind.contentTypes().contains(detected)) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "文件内容的类型（" + detected + "）不是「" + kind.label()
                    + "」可上传的类型，可上传：" + String.join("、", kind.contentTypes().stream().map(LABELS::get).sorted().toList()));
        }
        if (!detected.equals(byName(fileName))) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "文件名的扩展名与文件内容（" + LABELS.get(detected) + "）不符");
        }
        return detected;
    }
}
