package cn.daxiang.justice.devsupport.testing;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads generated documents back as their readers would: the text Word shows, the text a PDF viewer extracts. */
public final class Documents {

    private Documents() {
    }

    /** The DOCX's text as POI extracts it (paragraphs, line breaks as new lines). */
    public static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException("not a DOCX", e);
        }
    }
}
