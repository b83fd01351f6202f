package cn.daxiang.justice.evaluation.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The printable HTML report (A4, print CSS, inline SVG charts), written by a type-checked Qute
 * template ({@code templates/HtmlReport/report.html}) that escapes every value: nothing in it is
 * emitted raw, so markup that came in through data is shown as text.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportDocument doc, SvgCharts.Charts charts, String unranked, boolean paged);
    }

    /** The report as a browser shows and prints it (the browser numbers printed pages itself). */
    public static String render(ReportDocument doc) {
        return render(doc, false);
    }

    /**
     * @param paged for the PDF: with the running footer 「第 N 页 共 M 页」 that the {@code @page} rule places in the
     *              bottom margin of every page (a running element, so it is set in the PDF's embedded font)
     */
    public static String render(ReportDocument doc, boolean paged) {
        String unranked = doc.ranking() == null || doc.ranking().items() == null ? "" : SvgCharts.unranked(doc.ranking().items());
        return Templates.report(doc, SvgCharts.of(doc), unranked, paged).render();
    }
}
