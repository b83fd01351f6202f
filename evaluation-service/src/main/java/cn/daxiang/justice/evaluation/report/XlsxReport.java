package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.api.RankingItem;
import cn.daxiang.justice.evaluation.api.TrendPoint;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report as an XLSX workbook (fastexcel): the scorecard (the report's first table, sheet 绩效评分), the text in
 * the six parts (报告), the indicator table, the validation
 * results, the sources, the ranking and the trend, one sheet each. Numbers are numeric cells; a value
 * that could not be computed is the text 不可用/无数据, never 0. Text cells are never formulas.
 */
public final class XlsxReport {

    static final List<String> INDICATOR_HEADER = List.of("指标代码", "指标", "目标值", "实际值", "分子", "分母", "完成率/比率或计数",
            "单位", "等级", "状态", "数据来源", "说明");

    private XlsxReport() {
    }

    public static byte[] write(ReportDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "evaluation-service", "1.0")) {
            scorecard(wb.newWorksheet("绩效评分"), doc);
            text(wb.newWorksheet("报告"), doc);
            indicators(wb.newWorksheet("绩效指标"), doc);
            rules(wb.newWorksheet("校验结果"), doc);
            sources(wb.newWorksheet("数据来源"), doc);
            ranking(wb.newWorksheet("下级机构排名"), doc);
            trend(wb.newWorksheet("年度趋势"), doc);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void text(Worksheet ws, ReportDocument doc) {
        ws.width(0, 120);
        int r = 0;
        ws.value(r, 0, doc.title());
        ws.style(r++, 0).bold().fontSize(14).set();
        ws.value(r++, 0, "机构：" + doc.orgUnitName() + "（" + doc.orgUnit() + "）　期间：" + doc.from() + " 至 " + doc.to());
        ws.value(r++, 0, "运行编号：" + doc.runId() + "　运行状态：" + doc.runStatusText());
        r++;
        List<String> chapters = ReportDocument.CHAPTERS;
        r = chapter(ws, r, chapters.get(0), doc.basics());
        r = chapter(ws, r, chapters.get(1), doc.goals());
        ws.value(r, 0, chapters.get(2));
        ws.style(r++, 0).bold().fontSize(12).set();
        ws.value(r++, 0, "综合评分：" + doc.conclusion().scoreText());
        if (doc.conclusion().scorecard() != null) {
            ws.value(r++, 0, "各项得分及失分原因见工作表“绩效评分”。");
        }
        for (String p : doc.conclusion().paragraphs()) {
            ws.value(r++, 0, p);
        }
        r = chapter(ws, r, chapters.get(3), List.of());
        for (ReportDocument.Section s : doc.sections()) {
            ws.value(r, 0, s.heading());
            ws.style(r++, 0).bold().set();
            if (!s.available()) {
                ws.value(r++, 0, s.unavailableNote());
            }
            for (String p : s.paragraphs()) {
                ws.value(r++, 0, p);
            }
        }
        r = chapter(ws, r, chapters.get(4), doc.problems().stream().map(ReportDocument.Problem::text).toList());
        chapter(ws, r, chapters.get(5), doc.suggestions().stream().map(ReportDocument.Suggestion::text).toList());
    }

    private static int chapter(Worksheet ws, int row, String heading, List<String> paragraphs) {
        int r = row;
        ws.value(r, 0, heading);
        ws.style(r++, 0).bold().fontSize(12).set();
        for (String p : paragraphs) {
            ws.value(r++, 0, p);
        }
        return r;
    }

    /** The scorecard, the report's first table: one row per dimension and leaf, points and scores as numbers. */
    private static void scorecard(Worksheet ws, ReportDocument doc) {
        ReportDocument.Scorecard card = doc.conclusion().scorecard();
        if (card == null) {
            ws.value(0, 0, ReportChapters.NOT_SCORED);
            return;
        }
        header(ws, List.of("层级", "指标", "分值", "得分", "评分方法", "得分说明"));
        int r = 1;
        for (ReportDocument.ScoreRow row : card.rows()) {
            ws.value(r, 0, row.level());
            ws.value(r, 1, "　".repeat(row.level() - 1) + row.name());
            ws.value(r, 2, row.points());
            ws.value(r, 3, row.score());
            ws.value(r, 4, row.methodText() == null ? "小计" : row.methodText());
            ws.value(r, 5, row.reason() == null ? "" : row.reason());
            r++;
        }
        ws.value(r, 1, "合计");
        ws.value(r, 2, card.totalPoints());
        ws.value(r, 3, card.score());
        ws.value(r, 4, "评价等级：" + card.grade());
        ws.range(r, 0, r, 5).style().bold().set();
        ws.width(1, 30);
        ws.width(5, 70);
    }

    private static void indicators(Worksheet ws, ReportDocument doc) {
        header(ws, INDICATOR_HEADER);
        int r = 1;
        for (ReportDocument.IndicatorRow row : doc.indicators()) {
            boolean ok = row.status() == IndicatorResult.Status.OK;
            ws.value(r, 0, row.code());
            ws.value(r, 1, row.name());
            number(ws, r, 2, row.target(), "—");
            number(ws, r, 3, ok || row.status() == IndicatorResult.Status.NO_DATA ? row.actual() : null, "COUNT".equals(row.kind()) ? row.statusText() : "—");
            number(ws, r, 4, row.status() == IndicatorResult.Status.UNAVAILABLE ? null : row.numerator(), "—");
            number(ws, r, 5, row.status() == IndicatorResult.Status.UNAVAILABLE || "COUNT".equals(row.kind()) ? null : row.denominator(), "—");
            number(ws, r, 6, ok ? row.value() : null, row.statusText());
            ws.value(r, 7, row.unit());
            ws.value(r, 8, row.grade() == null ? "—" : row.grade());
            ws.value(r, 9, row.statusText());
            ws.value(r, 10, row.sources());
            ws.value(r, 11, row.note() == null ? "" : row.note());
            r++;
        }
        ws.width(1, 30);
        ws.width(10, 24);
        ws.width(11, 40);
    }

    private static void rules(Worksheet ws, ReportDocument doc) {
        header(ws, List.of("规则代码", "规则", "严重程度", "结果", "左侧值", "右侧值", "说明"));
        int r = 1;
        for (ReportDocument.RuleRow rule : doc.validation()) {
            ws.value(r, 0, rule.code());
            ws.value(r, 1, rule.message());
            ws.value(r, 2, rule.severityText());
            ws.value(r, 3, rule.resultText());
            number(ws, r, 4, rule.left(), "—");
            number(ws, r, 5, rule.right(), "—");
            ws.value(r, 6, rule.note() == null ? "" : rule.note());
            r++;
        }
        ws.width(1, 50);
    }

    private static void sources(Worksheet ws, ReportDocument doc) {
        header(ws, List.of("来源", "状态", "数据截止时间", "累计数截止时间", "说明"));
        int r = 1;
        for (ReportDocument.SourceRow s : doc.sources()) {
            ws.value(r, 0, s.source());
            ws.value(r, 1, s.statusText());
            ws.value(r, 2, s.asOf() == null ? "—" : s.asOf().toString());
            ws.value(r, 3, s.cumulativeAsOf() == null ? "—" : s.cumulativeAsOf().toString());
            ws.value(r, 4, s.note() == null ? "" : s.note());
            r++;
        }
        ws.width(0, 30);
        ws.width(4, 60);
    }

    private static void ranking(Worksheet ws, ReportDocument doc) {
        ReportDocument.Ranking ranking = doc.ranking();
        if (ranking == null || ranking.note() != null) {
            ws.value(0, 0, ranking == null ? "无排名" : ranking.note());
            return;
        }
        ws.value(0, 0, "指标：" + ranking.indicatorName() + "（" + ranking.basis() + "）");
        List<String> head = List.of("名次", "机构代码", "机构", "指标值", "状态", "说明");
        for (int c = 0; c < head.size(); c++) {
            ws.value(1, c, head.get(c));
            ws.style(1, c).bold().set();
        }
        int r = 2;
        for (RankingItem i : ranking.items()) {
            number(ws, r, 0, i.rank() == null ? null : BigDecimal.valueOf(i.rank()), "—");
            ws.value(r, 1, i.orgUnit());
            ws.value(r, 2, i.name());
            number(ws, r, 3, i.value(), "—");
            ws.value(r, 4, i.status());
            ws.value(r, 5, i.reason() == null ? "" : i.reason());
            r++;
        }
    }

    private static void trend(Worksheet ws, ReportDocument doc) {
        ReportDocument.Trend trend = doc.trend();
        if (trend == null || trend.points() == null) {
            ws.value(0, 0, trend == null ? "无趋势" : trend.note());
            return;
        }
        ws.value(0, 0, "指标：" + trend.indicatorName() + (trend.note() == null ? "" : "（" + trend.note() + "）"));
        header(ws, 1, List.of("年度", "指标值", "状态", "说明"));
        int r = 2;
        for (TrendPoint p : trend.points()) {
            ws.value(r, 0, p.year());
            number(ws, r, 1, p.value(), "—");
            ws.value(r, 2, p.status());
            ws.value(r, 3, p.reason() == null ? "" : p.reason());
            r++;
        }
    }

    private static void header(Worksheet ws, List<String> names) {
        header(ws, 0, names);
    }

    private static void header(Worksheet ws, int row, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            ws.value(row, c, names.get(c));
            ws.style(row, c).bold().fillColor("EEEEEE").set();
        }
    }

    /** A numeric cell, or the text that says why there is no number. */
    private static void number(Worksheet ws, int r, int c, BigDecimal value, String otherwise) {
        if (value != null) {
            ws.value(r, c, value);
        } else {
            ws.value(r, c, otherwise);
        }
    }
}
