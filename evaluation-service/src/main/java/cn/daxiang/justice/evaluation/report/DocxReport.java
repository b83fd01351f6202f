package cn.daxiang.justice.evaluation.report;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as a Word document (Apache POI XWPF), written from the XHTML report so that the two
 * cannot drift apart: h1 is the title, h2 the six parts (Heading 1), h3 their sub-headings (Heading 2),
 * p the paragraphs, tables become Word tables and the inline SVG charts pictures (PNG through Batik's
 * transcoder, the same drawing as in the HTML and PDF). Fonts are those Chinese official reports use:
 * the title in 宋体, the parts in 黑体, sub-headings in 楷体_GB2312 and the text in 仿宋_GB2312
 * (a machine without them shows a substitute; the names stay, so an office's Word uses its own).
 * A4 with the page number in the footer.
 */
public final class DocxReport {

    static final String TITLE_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";
    /** A4 in twentieths of a point, 2.54 cm margins left and right, 2.8 cm top and bottom. */
    static final long A4_WIDTH = 11906;
    static final long A4_HEIGHT = 16838;
    static final long MARGIN_SIDE = 1440;
    static final long MARGIN_TOP = 1588;
    /** The width a chart may take, in points (the text width of the page). */
    static final double TEXT_WIDTH_PT = (A4_WIDTH - 2 * MARGIN_SIDE) / 20.0;

    /** A header cell's share of the table, as the HTML gives it ({@code style="width: 20%"}), for the Word column too. */
    private static final Pattern WIDTH = Pattern.compile("width:\\s*(\\d+)%");

    private DocxReport() {
    }

    public static byte[] write(String xhtml) {
        Element body = body(xhtml);
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(docx);
            page(docx);
            children(docx, body);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Element body(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
            return (Element) dom.getElementsByTagNameNS("*", "body").item(0);
        } catch (Exception e) {
            throw new IllegalStateException("the HTML report is not well-formed XHTML", e);
        }
    }

    private static void children(XWPFDocument docx, Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                element(docx, e);
            }
        }
    }

    private static void element(XWPFDocument docx, Element e) {
        String cls = e.getAttribute("class");
        switch (e.getLocalName()) {
            case "h1" -> text(docx.createParagraph(), e.getTextContent(), TITLE_FONT, 22, true, ParagraphAlignment.CENTER, null, false);
            case "h2" -> text(docx.createParagraph(), e.getTextContent(), HEADING_FONT, 16, false, ParagraphAlignment.LEFT, "Heading1", false);
            case "h3" -> text(docx.createParagraph(), e.getTextContent(), SUBHEADING_FONT, 16, true, ParagraphAlignment.LEFT, "Heading2", false);
            case "p" -> {
                boolean small = cls.contains("meta") || cls.contains("note");
                text(docx.createParagraph(), e.getTextContent(), BODY_FONT, small ? 12 : 16, cls.contains("score"),
                        cls.contains("meta") ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH, null, !small);
            }
            case "table" -> table(docx, e);
            case "svg" -> picture(docx, e);
            default -> children(docx, e);
        }
    }

    private static void text(XWPFParagraph p, String text, String font, int size, boolean bold, ParagraphAlignment align,
                             String style, boolean indent) {
        p.setAlignment(align);
        if (style != null) {
            p.setStyle(style);
        }
        if (indent) {
            p.setIndentationFirstLine(size * 20 * 2);
        }
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setText(text.strip().replaceAll("\\s*\\n\\s*", ""));
        font(run, font, size, bold);
    }

    private static void font(XWPFRun run, String font, int size, boolean bold) {
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static void table(XWPFDocument docx, Element table) {
        List<List<Element>> rows = new ArrayList<>();
        int columns = 0;
        for (Element tr : elements(table, "tr")) {
            List<Element> cells = new ArrayList<>();
            for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c && ("td".equals(c.getLocalName()) || "th".equals(c.getLocalName()))) {
                    cells.add(c);
                }
            }
            rows.add(cells);
            columns = Math.max(columns, cells.size());
        }
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable t = docx.createTable(rows.size(), columns);
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < rows.get(r).size(); c++) {
                Element source = rows.get(r).get(c);
                boolean header = "th".equals(source.getLocalName());
                XWPFTableCell cell = row.getCell(c);
                if (header) {
                    cell.setColor("EEEEEE");
                }
                Matcher width = WIDTH.matcher(source.getAttribute("style"));
                if (width.find()) {
                    cell.setWidth(width.group(1) + "%");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(source.getAttribute("class").contains("num") ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                XWPFRun run = p.createRun();
                run.setText(source.getTextContent().strip());
                font(run, TABLE_FONT, 9, header);
            }
        }
        docx.createParagraph();
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        var list = parent.getElementsByTagNameNS("*", name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** An inline chart as a picture: the SVG element drawn to PNG at twice its size, shown at the page's text width at most. */
    private static void picture(XWPFDocument docx, Element svg) {
        double width = Double.parseDouble(svg.getAttribute("width"));
        double height = Double.parseDouble(svg.getAttribute("height"));
        byte[] png = png(svg, (float) width * 2);
        double scale = Math.min(1, TEXT_WIDTH_PT / (width * 0.75));
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, svg.getAttribute("aria-label") + ".png",
                    Units.toEMU(width * 0.75 * scale), Units.toEMU(height * 0.75 * scale));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot add the chart to the Word report", e);
        }
    }

    static byte[] png(Element svg, float width) {
        try {
            StringWriter xml = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(svg), new StreamResult(xml));
            PNGTranscoder transcoder = new PNGTranscoder();
            transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
            transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transcoder.transcode(new TranscoderInput(new StringReader(xml.toString())), new TranscoderOutput(out));
            return out.toByteArray();
        } catch (TranscoderException | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("cannot draw the chart", e);
        }
    }

    /** Heading 1 and 2 with outline levels, so that Word's navigation pane and table of contents see the parts. */
    private static void headingStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style));
        }
    }

    /** A4 portrait with the margins of an official report, and 第N页 in the footer. */
    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        XWPFFooter footer = new XWPFHeaderFooterPolicy(docx, section).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        font(p.createRun(), BODY_FONT, 10, false);
        p.getRuns().get(0).setText("第 ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        XWPFRun tail = p.createRun();
        tail.setText(" 页");
        font(tail, BODY_FONT, 10, false);
    }
}
