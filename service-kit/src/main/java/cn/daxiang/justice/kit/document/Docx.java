package cn.daxiang.justice.kit.document;

import com.deepoove.poi.XWPFTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A Word document from a template with poi-tl: {@code {{name}}} tags take the model's values (a line break in a value
 * becomes a line break in the run), keeping the tag's run formatting (font, size) from the template.
 */
public final class Docx {

    private Docx() {
    }

    public static byte[] render(byte[] template, Map<String, ?> model) {
        try (XWPFTemplate document = XWPFTemplate.compile(new ByteArrayInputStream(template)).render(model);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX not rendered", e);
        }
    }
}
