package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.calc.IndicatorResult;

import java.util.Arrays;

/** The report's indicator table as CSV (UTF-8 with BOM, header in Chinese), the same numbers as the XLSX sheet. */
public final class CsvReport {

    private CsvReport() {
    }

    public static String write(ReportDocument doc) {
        StringBuilder sb = new StringBuilder(Csv.BOM);
        sb.append(Csv.row(XlsxReport.INDICATOR_HEADER));
        for (ReportDocument.IndicatorRow row : doc.indicators()) {
            boolean ok = row.status() == IndicatorResult.Status.OK;
            boolean unavailable = row.status() == IndicatorResult.Status.UNAVAILABLE;
            sb.append(Csv.row(Arrays.asList(row.code(), row.name(),
                    row.target() == null ? "—" : row.target(),
                    ok || row.status() == IndicatorResult.Status.NO_DATA ? or(row.actual(), "COUNT".equals(row.kind()) ? row.statusText() : "—")
                            : ("COUNT".equals(row.kind()) ? row.statusText() : "—"),
                    unavailable ? "—" : or(row.numerator(), "—"),
                    unavailable || "COUNT".equals(row.kind()) ? "—" : or(row.denominator(), "—"),
                    ok ? row.value() : row.statusText(),
                    row.unit(), row.grade() == null ? "—" : row.grade(), row.statusText(), row.sources(), row.note())));
        }
        return sb.toString();
    }

    private static Object or(Object value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
