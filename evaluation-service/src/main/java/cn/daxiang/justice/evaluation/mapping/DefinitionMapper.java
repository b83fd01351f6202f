package cn.daxiang.justice.evaluation.mapping;

import cn.daxiang.justice.evaluation.api.GradeInput;
import cn.daxiang.justice.evaluation.api.IndicatorInput;
import cn.daxiang.justice.evaluation.api.IndicatorView;
import cn.daxiang.justice.evaluation.api.ManualFigureInput;
import cn.daxiang.justice.evaluation.api.ManualFigureView;
import cn.daxiang.justice.evaluation.api.RuleInput;
import cn.daxiang.justice.evaluation.api.RuleView;
import cn.daxiang.justice.evaluation.calc.Grade;
import cn.daxiang.justice.evaluation.calc.IndicatorDefinition;
import cn.daxiang.justice.evaluation.calc.RuleDefinition;
import cn.daxiang.justice.evaluation.domain.Indicator;
import cn.daxiang.justice.evaluation.domain.ManualFigure;
import cn.daxiang.justice.evaluation.domain.ValidationRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between the definition entities (indicators, rules, manual figures) and the API. */
public final class DefinitionMapper {

    private DefinitionMapper() {
    }

    public static IndicatorView toView(Indicator i) {
        return new IndicatorView(i.id, i.orgUnit, i.version, i.code, i.nameZh, i.nameEn, i.numerator, i.denominator,
                plain(i.factor), i.decimals, i.unit, i.direction, grades(i.grades).stream()
                .map(g -> new GradeInput(g.grade(), g.bound())).toList(), plain(i.weight), i.active, i.description,
                i.createdAt, i.updatedAt);
    }

    public static void apply(IndicatorInput in, Indicator i) {
        i.orgUnit = in.orgUnit();
        i.code = in.code();
        i.nameZh = in.nameZh().strip();
        i.nameEn = in.nameEn().strip();
        i.numerator = in.numerator().strip();
        i.denominator = in.denominator().strip();
        i.factor = in.factor();
        i.decimals = in.decimals();
        i.unit = in.unit().strip();
        i.direction = in.direction();
        List<Map<String, Object>> grades = new ArrayList<>();
        if (in.grades() != null) {
            for (GradeInput g : in.grades()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("grade", g.grade().strip());
                m.put("bound", g.bound().stripTrailingZeros().toPlainString());
                grades.add(m);
            }
        }
        i.grades = grades;
        i.weight = in.weight();
        i.active = in.active() == null || in.active();
        i.description = blankToNull(in.description());
    }

    public static IndicatorDefinition toDefinition(Indicator i) {
        return new IndicatorDefinition(i.code, i.nameZh, i.nameEn, i.numerator, i.denominator, i.factor, i.decimals,
                i.unit, i.direction, grades(i.grades), plain(i.weight), i.version);
    }

    static List<Grade> grades(List<Map<String, Object>> stored) {
        if (stored == null) {
            return List.of();
        }
        return stored.stream().map(m -> new Grade(String.valueOf(m.get("grade")), new BigDecimal(String.valueOf(m.get("bound")))))
                .toList();
    }

    public static RuleView toView(ValidationRule r) {
        return new RuleView(r.id, r.orgUnit, r.version, r.code, r.left, r.operator, r.operator.symbol(), r.right,
                r.severity, r.message, r.active, r.createdAt, r.updatedAt);
    }

    public static void apply(RuleInput in, ValidationRule r) {
        r.orgUnit = in.orgUnit();
        r.code = in.code();
        r.left = in.left().strip();
        r.operator = in.operator();
        r.right = in.right().strip();
        r.severity = in.severity();
        r.message = in.message().strip();
        r.active = in.active() == null || in.active();
    }

    public static RuleDefinition toDefinition(ValidationRule r) {
        return new RuleDefinition(r.code, r.left, r.operator, r.right, r.severity, r.message, r.version);
    }

    public static ManualFigureView toView(ManualFigure f) {
        return new ManualFigureView(f.id, f.orgUnit, f.version, f.metric, f.periodFrom, f.periodTo, plain(f.value), f.note,
                f.createdBy, f.createdAt, f.updatedBy, f.updatedAt);
    }

    public static void apply(ManualFigureInput in, ManualFigure f) {
        f.orgUnit = in.orgUnit();
        f.metric = in.metric();
        f.periodFrom = in.from();
        f.periodTo = in.to();
        f.value = in.value();
        f.note = blankToNull(in.note());
    }

    /** Without trailing zeros, never in exponent form: 380.0000 → 380. */
    public static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
