package cn.daxiang.justice.devsupport.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

    /** The PDF's text as PDFBox extracts it. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }

    /** The names of the fonts the PDF's pages use that are not embedded in it (none, for a PDF that reads the same anywhere). */
    public static List<String> pdfFontsNotEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> missing = new ArrayList<>();
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
            if (fonts == 0) {
                missing.add("(no font at all)");
            }
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }
}
