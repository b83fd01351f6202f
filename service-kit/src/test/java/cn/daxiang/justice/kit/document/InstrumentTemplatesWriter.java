package cn.daxiang.justice.kit.document;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes the built-in templates of the formal instruments (DOCX for poi-tl, XHTML for Qute and the PDF) from one
 * description per instrument, laid out as 《党政机关公文格式》 (GB/T 9704-2012) lays out a document: A4, margins
 * 37/35/28/26 mm, the title in 方正小标宋简体 二号 centred, the number and the body in 仿宋_GB2312 三号 on a 28-point line,
 * paragraphs indented two characters, the office and the date at the right with the seal's place over them.
 *
 * <p>Each run renders every template with a model naming all its tags and checks that no tag is left. With
 * {@code -Dinstruments.write=true} it writes them into the lines' {@code src/main/resources/instruments/}; an operator
 * replaces them with files of the same name under {@code platform.instruments.template-dir}.
 */
public class InstrumentTemplatesWriter {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    /** The official fonts, as Word would use them; the kit's Pdf prints every glyph with its embedded fonts instead. */
    static final String CSS_FONTS = "'仿宋_GB2312', 'FangSong_GB2312', 'FangSong', serif";
    static final String CSS_TITLE_FONTS = "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'SimSun', serif";

    /** A paragraph: {@code indent} for body text, otherwise flush left. */
    record Para(String text, boolean indent) {
    }

    record Spec(String module, String line, String code, String title, List<Para> body, String signatureNote) {
    }

    static Para p(String text) {
        return new Para(text, true);
    }

    static Para flush(String text) {
        return new Para(text, false);
    }

    static final List<Spec> SPECS = List.of(
            new Spec("legalaid-service", "legal-aid", "grant", "给予法律援助决定书", List.of(
                    flush("申请人：{{applicantName}}"),
                    flush("公民身份号码：{{applicantIdNumber}}"),
                    flush("案件类别：{{category}}"),
                    p("你于{{receivedOn}}向本机构提出的法律援助申请（事项：{{matter}}），经审查，符合{{legalGround}}规定的条件。"
                            + "根据《中华人民共和国法律援助法》第四十三条的规定，本机构决定给予法律援助。"),
                    p("本机构将自作出本决定之日起三日内指派法律援助人员为你提供法律援助。请你如实陈述与法律援助事项有关的情况，"
                            + "及时提供证据材料，协助、配合法律援助人员办理法律援助事项。"),
                    p("特此决定。")), "（印章）"),
            new Spec("legalaid-service", "legal-aid", "refuse", "不予法律援助决定书", List.of(
                    flush("申请人：{{applicantName}}"),
                    flush("公民身份号码：{{applicantIdNumber}}"),
                    flush("案件类别：{{category}}"),
                    p("你于{{receivedOn}}向本机构提出的法律援助申请（事项：{{matter}}），经审查，{{refusalReason}}。"
                            + "根据《中华人民共和国法律援助法》第四十三条的规定，本机构决定不予法律援助。"),
                    p("如对本决定有异议，可以向{{objectionOffice}}提出。{{objectionOffice}}应当自收到异议之日起五日内进行审查，"
                            + "作出维持本决定或者责令本机构改正的决定；对维持本决定不服的，可以依法申请行政复议或者提起行政诉讼"
                            + "（《中华人民共和国法律援助法》第四十九条）。"),
                    p("特此决定。")), "（印章）"),
            new Spec("legalaid-service", "legal-aid", "assign", "指派通知书", List.of(
                    flush("{{addressee}}："),
                    p("根据《中华人民共和国法律援助法》第四十三条的规定，本机构已于{{acceptedOn}}决定给予{{applicantName}}法律援助，"
                            + "现指派{{providerName}}（执业证号：{{licenceNumber}}）承办该{{category}}法律援助案件。"),
                    flush("受援人：{{applicantName}}　公民身份号码：{{applicantIdNumber}}"),
                    flush("联系电话：{{applicantPhone}}"),
                    flush("法律援助事项：{{matter}}"),
                    p("请承办人员于{{contactBy}}与受援人取得联系，依法履行法律援助义务，维护受援人的合法权益，"
                            + "并按规定向本机构报告办理情况。"),
                    p("特此通知。")), "（印章）"),
            new Spec("mediation-service", "mediation", "agreement", "人民调解协议书", List.of(
                    flush("当事人："),
                    flush("{{parties}}"),
                    flush("纠纷主要事实、争议事项："),
                    p("{{summary}}"),
                    flush("经调解，当事人自愿达成如下协议："),
                    p("{{matters}}"),
                    flush("{{terms}}"),
                    flush("履行方式、时限：{{performance}}"),
                    p("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效"
                            + "（《中华人民共和国人民调解法》第二十九条）。本协议一式{{copies}}份，当事人各执一份，人民调解委员会留存一份。"),
                    flush("当事人（签名、盖章或者按指印）：{{partySignatures}}"),
                    flush("人民调解员（签名）：{{mediators}}")), "（人民调解委员会印章）"),
            new Spec("corrections-service", "corrections", "announcement", "社区矫正宣告书", List.of(
                    flush("社区矫正对象：{{name}}，{{gender}}，{{birthDate}}出生，公民身份号码：{{idNumber}}。"),
                    p("经{{decidingAuthority}}依法判决（裁定、决定），你因{{offence}}被判处{{sentence}}，{{type}}，"
                            + "依法实行社区矫正。社区矫正期限自{{correctionStart}}起至{{correctionEnd}}止。"),
                    p("现依法宣告：在社区矫正期间，你应当遵守法律、行政法规，履行判决、裁定、暂予监外执行决定等法律文书确定的义务，"
                            + "遵守国务院司法行政部门关于报告、会客、外出、迁居、保外就医等监督管理规定，服从社区矫正机构的管理"
                            + "（《中华人民共和国社区矫正法》第二十三条）；未经批准不得离开所居住的市、县（同法第二十七条）。"
                            + "违反监督管理规定的，依法给予训诫、警告，情节严重的提请撤销缓刑、假释或者对暂予监外执行的收监执行。"),
                    p("你的人格尊严、人身安全、合法财产以及就业、就学和享受社会保障等方面的权利依法受到保护，不受歧视"
                            + "（同法第四条、第三十四条，条号待核实）。"),
                    flush("矫正小组成员：{{team}}"),
                    flush("社区矫正对象（签名）："),
                    flush("宣告人："), flush("宣告日期：{{date}}")), "（印章）"),
            new Spec("corrections-service", "corrections", "release", "解除社区矫正证明书", List.of(
                    flush("{{name}}，{{gender}}，{{birthDate}}出生，公民身份号码：{{idNumber}}。"),
                    p("{{name}}因{{offence}}，经{{decidingAuthority}}判处（裁定、决定）{{sentence}}，{{type}}，"
                            + "于{{correctionStart}}起在本辖区接受社区矫正。"),
                    p("{{name}}于{{endedOn}}{{releaseReason}}。根据《中华人民共和国社区矫正法》第四十四条的规定，依法解除社区矫正。"),
                    p("特此证明。")), "（印章）"));

    static final Pattern TAG = Pattern.compile("\\{\\{(\\w+)}}");

    @Test
    void everyTemplateRendersWithEveryTagFilled() throws IOException {
        boolean write = Boolean.getBoolean("instruments.write");
        for (Spec spec : SPECS) {
            byte[] docx = docx(spec);
            String html = html(spec);
            if (write) {
                Path dir = Path.of("..", spec.module(), "src", "main", "resources", "instruments", spec.line());
                Files.createDirectories(dir);
                Files.write(dir.resolve(spec.code() + ".docx"), docx);
                Files.writeString(dir.resolve(spec.code() + ".html"), html);
            }
            Map<String, Object> model = new HashMap<>();
            model.put("title", spec.title());
            model.put("number", "〔2021〕大司字第1号");
            model.put("issuer", "大祥区司法局");
            model.put("date", "2021年10月8日");
            for (Para para : spec.body()) {
                Matcher m = TAG.matcher(para.text());
                while (m.find()) {
                    model.put(m.group(1), "值" + m.group(1));
                }
            }
            try (XWPFDocument rendered = new XWPFDocument(new java.io.ByteArrayInputStream(Docx.render(docx, model)))) {
                String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(rendered).getText();
                assertFalse(text.contains("{{"), spec.code() + ": a tag left: " + text);
                assertTrue(text.contains(spec.title()) && text.contains("〔2021〕大司字第1号"), text);
            }
        }
    }

    static byte[] docx(Spec spec) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margin = sect.addNewPgMar();
            margin.setTop(BigInteger.valueOf(2098)); // 37 mm
            margin.setBottom(BigInteger.valueOf(1984)); // 35 mm
            margin.setLeft(BigInteger.valueOf(1588)); // 28 mm
            margin.setRight(BigInteger.valueOf(1474)); // 26 mm

            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, "{{title}}", TITLE_FONT, 22);
            XWPFParagraph number = paragraph(doc, ParagraphAlignment.RIGHT);
            number.setSpacingAfter(320);
            run(number, "{{number}}", BODY_FONT, 16);
            for (Para para : spec.body()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                if (para.indent()) {
                    p.setIndentationFirstLine(640); // two characters of 三号 (16 pt)
                }
                run(p, para.text(), BODY_FONT, 16);
            }
            paragraph(doc, ParagraphAlignment.LEFT);
            XWPFParagraph seal = paragraph(doc, ParagraphAlignment.RIGHT);
            seal.setIndentationRight(1280);
            XWPFRun sealRun = run(seal, spec.signatureNote(), BODY_FONT, 12);
            sealRun.setColor("A0A0A0");
            XWPFParagraph issuer = paragraph(doc, ParagraphAlignment.RIGHT);
            issuer.setIndentationRight(1280); // 右空四字
            run(issuer, "{{issuer}}", BODY_FONT, 16);
            XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
            date.setIndentationRight(1280);
            run(date, "{{date}}", BODY_FONT, 16);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(points);
        return run;
    }

    static String html(Spec spec) {
        StringBuilder body = new StringBuilder();
        for (Para para : spec.body()) {
            body.append("  <p class=\"").append(para.indent() ? "body" : "flush").append("\">")
                    .append(TAG.matcher(escape(para.text())).replaceAll("{$1}")).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head>
                <meta charset="UTF-8" />
                <title>{title}</title>
                <style>{|
                  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
                  body { font-family: %s; font-size: 16pt; line-height: 28pt; }
                  h1 { font-family: %s; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 12pt 0; }
                  p { margin: 0; white-space: pre-wrap; text-align: justify; }
                  p.number { text-align: right; margin-bottom: 16pt; }
                  p.body { text-indent: 2em; }
                  p.signature { text-align: right; padding-right: 4em; }
                  p.seal { text-align: right; padding-right: 4em; color: #a0a0a0; font-size: 12pt; margin-top: 28pt; }
                |}</style>
                </head>
                <body>
                  <h1>{title}</h1>
                  <p class="number">{number}</p>
                %s  <p class="seal">%s</p>
                  <p class="signature">{issuer}</p>
                  <p class="signature">{date}</p>
                </body>
                </html>
                """.formatted(CSS_FONTS, CSS_TITLE_FONTS, body, escape(spec.signatureNote()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
