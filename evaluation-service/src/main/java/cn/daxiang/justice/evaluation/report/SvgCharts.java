package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.api.RankingItem;
import cn.daxiang.justice.evaluation.api.TrendPoint;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The geometry of the report's inline SVG charts: only coordinates are computed here; the template
 * writes the elements, so that every label (which may come from data) goes through Qute's escaping.
 */
public final class SvgCharts {

    static final int WIDTH = 640;
    /** Bar charts are wider: the value text after the longest bar (156.1%（实际 593／目标 380）) must fit. */
    static final int BAR_CHART_WIDTH = 720;
    static final int LABEL_WIDTH = 200;
    static final int BAR_AREA = 300;
    static final int ROW = 26;
    static final int TOP = 10;

    /** A horizontal bar chart; {@code referenceX} marks the target when there is one. */
    public record BarChart(int width, int height, List<BarRow> rows) {
    }

    public record BarRow(String label, int y, int textY, int barWidth, String valueText, int valueX, Integer referenceX) {
    }

    /** A line chart of yearly values; years without a value are marked on the axis, never drawn as 0. */
    public record LineChart(int width, int height, int axisY, String polyline, List<LinePoint> points) {
    }

    public record LinePoint(int x, Integer y, String year, String valueText) {
    }

    /** What the HTML template draws; a null chart is replaced by its note. */
    public record Charts(BarChart targets, BarChart ranking, LineChart trend) {
    }

    private SvgCharts() {
    }

    public static Charts of(ReportDocument doc) {
        BarChart targets = doc.targetChart().isEmpty() ? null
                : bars(doc.targetChart().stream().map(b -> new Bar(b.label(), b.value(), b.reference(), b.valueText())).toList());
        BarChart ranking = null;
        if (doc.ranking() != null && doc.ranking().note() == null) {
            String unit = doc.ranking().unit();
            List<Bar> rows = doc.ranking().items().stream().filter(i -> i.rank() != null)
                    .map(i -> new Bar(i.name(), i.value(), null, "第" + i.rank() + "名　" + Numbers.value(i.value()) + unit)).toList();
            ranking = rows.isEmpty() ? null : bars(rows);
        }
        LineChart trend = doc.trend() != null && doc.trend().note() == null ? line(doc.trend().points(), doc.trend().unit()) : null;
        return new Charts(targets, ranking, trend);
    }

    record Bar(String label, BigDecimal value, BigDecimal reference, String valueText) {
    }

    static BarChart bars(List<Bar> bars) {
        double max = bars.stream().flatMap(b -> Stream.of(b.value(), b.reference()))
                .filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double scale = max <= 0 ? 0 : BAR_AREA / max;
        List<BarRow> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = TOP + i * ROW;
            int width = (int) Math.round(Math.max(0, b.value().doubleValue()) * scale);
            Integer ref = b.reference() == null ? null : LABEL_WIDTH + (int) Math.round(b.reference().doubleValue() * scale);
            rows.add(new BarRow(b.label(), y, y + 15, width, b.valueText(), LABEL_WIDTH + width + 6, ref));
        }
        return new BarChart(BAR_CHART_WIDTH, TOP * 2 + bars.size() * ROW, rows);
    }

    static LineChart line(List<TrendPoint> points, String unit) {
        int height = 200;
        int axisY = 160;
        int left = 50;
        int step = points.size() <= 1 ? 0 : (WIDTH - left * 2) / (points.size() - 1);
        double max = points.stream().filter(p -> IndicatorResult.Status.OK.name().equals(p.status()) && p.value() != null)
                .mapToDouble(p -> p.value().doubleValue()).max().orElse(0);
        double scale = max <= 0 ? 0 : 130 / max;
        List<LinePoint> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            int x = left + i * step;
            boolean has = IndicatorResult.Status.OK.name().equals(p.status()) && p.value() != null;
            out.add(new LinePoint(x, has ? axisY - (int) Math.round(p.value().doubleValue() * scale) : null, p.year() + "年",
                    has ? Numbers.value(p.value()) + unit : "无值"));
        }
        String polyline = out.stream().filter(p -> p.y() != null).map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        return new LineChart(WIDTH, height, axisY, polyline, out);
    }

    /** The units a ranking could not rank, for the line under the chart. */
    public static String unranked(List<RankingItem> items) {
        return items.stream().filter(i -> i.rank() == null)
                .map(i -> i.name() + "（" + (i.reason() == null ? i.status() : i.reason()) + "）").collect(Collectors.joining("；"));
    }
}
