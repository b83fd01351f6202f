package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.api.BandInput;
import cn.daxiang.justice.evaluation.api.ScorecardItemInput;
import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.domain.ScoringMethod;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.evaluation.expression.Outcome;
import cn.daxiang.justice.evaluation.expression.Resolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a run against a scorecard: each leaf by its method, each dimension as the sum of its children, the total and
 * the grade. Scores have two decimals (half-up). A leaf whose figure is unavailable or missing scores 0 and says why;
 * every leaf below its points says where the points went.
 */
public final class Scorer {

    /** The total a scorecard's first-level dimensions add up to (总分100分, 财预〔2020〕10号, article number unconfirmed). */
    public static final BigDecimal TOTAL = BigDecimal.valueOf(100);

    /** A manual leaf's score and its written reason. */
    public record ManualScore(BigDecimal score, String reason) {
    }

    /** What the run computed, by code: indicator results, their definitions' directions, rule results; manual scores by leaf key. */
    public record Context(Map<String, IndicatorResult> indicators, Map<String, Direction> directions, Map<String, RuleResult> rules,
                          Map<String, ManualScore> manual, Function<String, Resolution> lookup) {
    }

    private Scorer() {
    }

    public static ScorecardResult score(ScorecardDefinition card, Context context) {
        List<ScoreItem> items = card.items().stream().map(i -> item(i, 1, context)).toList();
        BigDecimal total = sum(items);
        return new ScorecardResult(card.code(), card.name(), card.version(), TOTAL, total, grade(total), items);
    }

    /**
     * The grade of a total score (评价等级): 优 90 and above, 良 80 to under 90, 中 60 to under 80, 差 under 60
     * (财预〔2020〕10号《项目支出绩效评价管理办法》, article number unconfirmed; the ministry's budget department set the same
     * four bands for the central departments' evaluations).
     */
    public static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        if (total.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return "中";
        }
        return "差";
    }

    static ScoreItem item(ScorecardItemInput item, int level, Context context) {
        BigDecimal points = twoPlaces(item.points());
        if (!item.leaf()) {
            List<ScoreItem> children = item.children().stream().map(c -> item(c, level + 1, context)).toList();
            return new ScoreItem(item.key(), item.name(), level, points, sum(children), null, null, null, null, null, null, children);
        }
        Leaf leaf = switch (item.method()) {
            case MANUAL -> manual(item, points, context);
            case DEDUCTION -> deduction(item, points, context);
            default -> measured(item, points, context);
        };
        BigDecimal score = twoPlaces(leaf.score().max(BigDecimal.ZERO).min(points));
        return new ScoreItem(item.key(), item.name(), level, points, score, item.method().name(), item.method().label(),
                item.indicator(), leaf.value(), leaf.target(), leaf.reason(), List.of());
    }

    private record Leaf(BigDecimal score, BigDecimal value, BigDecimal target, String reason) {
        static Leaf zero(String reason) {
            return new Leaf(BigDecimal.ZERO, null, null, reason);
        }
    }

    private static Leaf manual(ScorecardItemInput item, BigDecimal points, Context context) {
        ManualScore entered = context.manual().get(item.key());
        if (entered == null) {
            return Leaf.zero("未录入人工评分，本项不得分（满分" + text(points) + "分）");
        }
        if (entered.score().compareTo(points) > 0) {
            return new Leaf(points, null, null, "人工评分：" + entered.reason() + "（录入" + text(entered.score())
                    + "分超过满分，按满分" + text(points) + "分计）");
        }
        return new Leaf(entered.score(), null, null, "人工评分" + text(twoPlaces(entered.score())) + "分（满分" + text(points) + "分）："
                + entered.reason());
    }

    private static Leaf deduction(ScorecardItemInput item, BigDecimal points, Context context) {
        List<String> lost = new ArrayList<>();
        BigDecimal each = twoPlaces(item.deduction());
        for (String code : item.rules()) {
            RuleResult r = context.rules().get(code);
            if (r == null) {
                lost.add("校验规则" + code + "未执行（未启用或不适用于本机构），扣" + text(each) + "分");
            } else if (r.result() == RuleResult.Verdict.FAIL) {
                lost.add("未通过校验规则«" + r.message() + "»，扣" + text(each) + "分");
            } else if (r.result() == RuleResult.Verdict.SKIPPED) {
                lost.add("校验规则«" + r.message() + "»无法校验（" + r.reason() + "），扣" + text(each) + "分");
            }
        }
        if (lost.isEmpty()) {
            return new Leaf(points, null, null, "校验规则均通过，得满分" + text(points) + "分");
        }
        BigDecimal score = points.subtract(each.multiply(BigDecimal.valueOf(lost.size()))).max(BigDecimal.ZERO);
        return new Leaf(score, null, null, String.join("；", lost) + "，得" + text(twoPlaces(score)) + "分（满分" + text(points) + "分）");
    }

    /** FULL_AT_TARGET, PROPORTIONAL and BANDED: the indicator's value of the run. */
    private static Leaf measured(ScorecardItemInput item, BigDecimal points, Context context) {
        IndicatorResult result = context.indicators().get(item.indicator());
        String full = "（满分" + text(points) + "分）";
        if (result == null) {
            return Leaf.zero("指标" + item.indicator() + "未计算（未启用或不适用于本机构），本项不得分" + full);
        }
        if (result.status() == IndicatorResult.Status.UNAVAILABLE) {
            return Leaf.zero(result.name() + "数据不可用（" + result.reason() + "），本项不得分" + full);
        }
        if (result.status() != IndicatorResult.Status.OK || result.value() == null) {
            return Leaf.zero(result.name() + "无数据（" + (result.reason() == null ? "未填报" : result.reason()) + "），本项不得分" + full);
        }
        BigDecimal value = result.value();
        boolean lowerIsBetter = context.directions().get(item.indicator()) == Direction.LOWER_IS_BETTER;
        String actual = result.name() + text(value) + result.unit();
        if (item.method() == ScoringMethod.BANDED) {
            return banded(item, points, value, lowerIsBetter, actual, result.unit());
        }
        Outcome targetOutcome = ExpressionParser.parse(item.target()).evaluate(context.lookup());
        if (targetOutcome.anyUnavailable()) {
            return new Leaf(BigDecimal.ZERO, value, null, actual + "，目标值不可用（" + targetOutcome.reasons() + "），本项不得分" + full);
        }
        if (!targetOutcome.hasValue()) {
            return new Leaf(BigDecimal.ZERO, value, null, actual + "，未设定目标值（" + targetOutcome.reasons() + "），本项不得分" + full);
        }
        BigDecimal target = targetOutcome.value();
        String goal = "目标" + text(target) + result.unit();
        boolean met = lowerIsBetter ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
        if (met) {
            return new Leaf(points, value, target, actual + "，达到" + goal + "，得满分" + text(points) + "分");
        }
        String below = lowerIsBetter ? "，高于" : "，低于";
        if (item.method() == ScoringMethod.FULL_AT_TARGET) {
            return new Leaf(BigDecimal.ZERO, value, target, actual + below + goal + "，不得分" + full);
        }
        // PROPORTIONAL, below the target: actual ÷ target × points (target ÷ actual when lower is better)
        BigDecimal ratioNumerator = lowerIsBetter ? target : value;
        BigDecimal ratioDenominator = lowerIsBetter ? value : target;
        BigDecimal score = ratioDenominator.signum() <= 0 || ratioNumerator.signum() <= 0 ? BigDecimal.ZERO
                : twoPlaces(ratioNumerator.multiply(points).divide(ratioDenominator, 6, RoundingMode.HALF_UP));
        return new Leaf(score, value, target, actual + below + goal + "，按比例得" + text(score) + "分" + full);
    }

    private static Leaf banded(ScorecardItemInput item, BigDecimal points, BigDecimal value, boolean lowerIsBetter, String actual,
                               String unit) {
        Comparator<BandInput> order = Comparator.comparing(BandInput::bound);
        List<BandInput> bands = item.bands().stream().sorted(lowerIsBetter ? order : order.reversed()).toList();
        for (BandInput band : bands) {
            boolean reached = lowerIsBetter ? value.compareTo(band.bound()) <= 0 : value.compareTo(band.bound()) >= 0;
            if (reached) {
                BigDecimal score = twoPlaces(points.multiply(band.share()));
                String where = (lowerIsBetter ? "，不高于" : "，达到") + text(band.bound()) + unit + "档";
                return new Leaf(score, value, band.bound(), score.compareTo(points) >= 0
                        ? actual + where + "，得满分" + text(points) + "分"
                        : actual + where + "，得" + text(score) + "分（满分" + text(points) + "分）");
            }
        }
        BigDecimal last = bands.get(bands.size() - 1).bound();
        return new Leaf(BigDecimal.ZERO, value, last, actual + (lowerIsBetter ? "，高于最低档" : "，低于最低档") + text(last) + unit
                + "，不得分（满分" + text(points) + "分）");
    }

    static BigDecimal sum(List<ScoreItem> items) {
        return twoPlaces(items.stream().map(ScoreItem::score).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static BigDecimal twoPlaces(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP);
    }

    /** 9.92, 10 (not 10.00), 0.5. */
    static String text(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
