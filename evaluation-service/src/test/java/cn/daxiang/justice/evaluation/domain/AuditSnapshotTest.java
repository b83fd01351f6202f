package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.devsupport.FrozenAuditTrail;
import org.junit.jupiter.params.provider.Arguments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every record type of this line, in {@link FrozenAuditTrail}. */
class AuditSnapshotTest extends FrozenAuditTrail {

    static Stream<Arguments> records() {
        return Stream.of(
                frozen(new EvaluationRun(), r -> { },
                        "{orgUnit=甲orgUnit, from=2025-05-06, to=2024-01-05, year=893, quarter=948, month=0, parentRunId=234bad81-9431-399f-9249-98af395c7fc6, status=PARTIAL}"),
                frozen(new Indicator(), i -> i.grades = List.of(grade("优秀", "95")),
                        "{orgUnit=甲orgUnit, code=甲code, nameZh=甲nameZh, nameEn=甲nameEn, numerator=甲numerator, denominator=甲denominator, factor=983.5, decimals=482, unit=甲unit, direction=NEUTRAL, grades=[{grade=优秀, bound=95}], weight=672.5, active=true, description=甲description}"),
                frozen(new ManualFigure(), r -> { },
                        "{orgUnit=甲orgUnit, metric=甲metric, from=2025-05-06, to=2024-01-05, value=721.5, note=甲note}"),
                frozen(new Spending(), r -> { },
                        "{orgUnit=甲orgUnit, year=893, fund=PROJECT, projectCode=甲projectCode, projectName=甲projectName, budgeted=628.5, adjusted=174.5, spent=94.5, outputTarget=882.5, outputAchieved=348.5, outputUnit=甲outputUnit, note=甲note}"),
                frozen(new Target(), r -> { },
                        "{orgUnit=甲orgUnit, year=893, metric=甲metric, value=721.5, note=甲note}"),
                frozen(new ValidationRule(), r -> { },
                        "{orgUnit=甲orgUnit, code=甲code, left=甲left, operator=GREATER_THAN_OR_EQUAL_TO, right=甲right, severity=WARNING, message=甲message, active=true}"));
    }

    /** A grade as the database gives it back: in its keys' order (Map.of has none, and differs per JVM). */
    private static Map<String, Object> grade(String grade, String bound) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("grade", grade);
        g.put("bound", bound);
        return g;
    }
}
