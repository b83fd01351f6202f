package cn.daxiang.justice.evaluation.report;

import java.util.Arrays;
import java.util.List;

/**
 * The export as one CSV table for machines: the header holds the stable field names of
 * {@link ExportDocument} (not Chinese labels, which may be reworded), one row per indicator
 * ({@code rowType} INDICATOR) then one per metric (METRIC). UTF-8 without BOM.
 */
public final class ExportCsv {

    public static final List<String> HEADER = List.of("rowType", "orgUnit", "periodFrom", "periodTo", "code", "value", "numerator",
            "denominator", "status", "unit", "definitionVersion", "source", "asOf");

    private ExportCsv() {
    }

    public static String write(ExportDocument doc) {
        StringBuilder sb = new StringBuilder(Csv.row(HEADER));
        for (ExportDocument.IndicatorRow i : doc.indicators()) {
            sb.append(Csv.row(Arrays.asList("INDICATOR", i.orgUnit(), i.periodFrom(), i.periodTo(), i.indicatorCode(), i.value(),
                    i.numerator(), i.denominator(), i.status(), i.unit(), i.definitionVersion(), null, null)));
        }
        for (ExportDocument.MetricRow m : doc.metrics()) {
            sb.append(Csv.row(Arrays.asList("METRIC", m.orgUnit(), m.periodFrom(), m.periodTo(), m.metric(), m.value(), null, null,
                    null, null, null, m.source(), m.asOf())));
        }
        return sb.toString();
    }
}
