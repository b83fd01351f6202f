package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.config.KitConfig;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTest {

    /** The defaults an operator gets: the files of the Debian packages ./platform installs. */
    private static final KitConfig.Documents DEFAULTS = new SmallRyeConfigBuilder()
            .withMapping(KitConfig.Documents.class).build().getConfigMapping(KitConfig.Documents.class);

    private final Pdf pdf = new Pdf(DEFAULTS);

    private static final String PAGE = """
            <html><head><style>@page { size: A4; margin: 20mm; } body { font-family: serif; }</style></head>
            <body><h1>绩效评价报告</h1><p>社区矫正对象 927 人，调解成功率 98.2%（2021年）。</p>
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
              <rect x="0" y="0" width="200" height="100" fill="#ff0000"/></svg>
            </body></html>""";

    @Test
    void chineseTextAndDigitsComeOutAsTextInAnEmbeddedFontOnAnA4Page() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(PAGE))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text, allOf(containsString("绩效评价报告"), containsString("社区矫正对象 927 人"), containsString("98.2%")));
            PDPage page = doc.getPage(0);
            assertThat((double) page.getMediaBox().getWidth(), closeTo(595.3, 1));
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                fonts++;
            }
            assertThat(fonts, greaterThan(0));
        }
    }

    @Test
    void anInlineSvgChartIsDrawnOnThePage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(PAGE))) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 50);
            int red = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60) {
                        red++;
                    }
                }
            }
            assertThat("red pixels of the SVG rectangle", red, greaterThan(1000));
        }
    }

    @Test
    void nothingThePageLinksToIsFetched() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] out = pdf.render("<html><head><link rel=\"stylesheet\" href=\"" + base + "/a.css\"/></head><body>"
                    + "<img src=\"" + base + "/b.png\"/><p>文书</p></body></html>");
            assertThat(out.length, greaterThan(0));
            assertThat(hits.get(), is(0));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMissingFontIsNamedWithThePackageThatProvidesIt() {
        Pdf withoutFont = new Pdf(() -> List.of(DEFAULTS.fonts().get(0), "/nonexistent/font.ttf"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> withoutFont.render(PAGE));
        assertThat(e.getMessage(), containsString("fonts-droid-fallback"));
    }
}
