package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.domain.Direction;

import java.math.BigDecimal;
import java.util.List;

/** What the calculator needs of an indicator definition (one version of it). */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String numerator, String denominator,
                                  BigDecimal factor, int decimals, String unit, Direction direction,
                                  List<Grade> grades, BigDecimal weight, long version) {
}
