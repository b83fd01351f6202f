package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.config.KitConfig;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Prints an HTML page (a report, an instrument) as a PDF that reads the same on any machine: the
 * configured fonts (Latin, then CJK) are embedded as subsets and are the only fonts the page uses, so
 * no text falls back to a viewer's own fonts; inline SVG (the report's charts) is drawn as vectors; nothing outside the page
 * is fetched, whatever the page links to. Page size and margins come from the page's CSS
 * ({@code @page { size: A4; ... }}).
 */
@ApplicationScoped
public class Pdf {

    private final List<File> fonts;

    public Pdf(KitConfig.Documents config) {
        this.fonts = config.fonts().stream().map(File::new).toList();
    }

    /** The page as PDF bytes; for a document of a few pages, which is what offices print. */
    public byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(html, out);
        return out.toByteArray();
    }

    /** Writes the page as PDF to {@code out}. Lenient HTML is fine: it is parsed by jsoup first. */
    public void render(String html, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (int i = 0; i < fonts.size(); i++) {
            File font = fonts.get(i);
            if (!font.canRead()) {
                throw new IllegalStateException("PDF font not found: " + font + " (install Debian's fonts-dejavu-core and "
                        + "fonts-droid-fallback, as ./platform does, or set platform.documents.fonts)");
            }
            // Only these use cases: with a FALLBACK_* one too, openhtmltopdf no longer matches the family by name.
            for (int weight : new int[] {400, 700}) {
                builder.useFont(font, family(i), weight, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            }
        }
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(new W3CDom().fromJsoup(withOfficeFonts(html)), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's own families (宋体, 仿宋_GB2312, serif ...) are what Word would use; here every glyph
     * is one of the embedded fonts, tried in order: else it falls to PDF's unembedded base-14 fonts.
     */
    private Document withOfficeFonts(String html) {
        Document page = Jsoup.parse(html);
        String families = IntStream.range(0, fonts.size()).mapToObj(i -> "'" + family(i) + "'")
                .collect(Collectors.joining(", "));
        page.head().appendElement("style").text("* { font-family: " + families + " !important; }");
        return page;
    }

    private static String family(int index) {
        return "office-font-" + index;
    }
}
