package cn.daxiang.justice.evaluation.calc;

import java.math.BigDecimal;

/**
 * One grading threshold of an indicator: for {@code HIGHER_IS_BETTER} a value of at least
 * {@code bound} earns {@code grade}; for {@code LOWER_IS_BETTER} a value of at most {@code bound}.
 */
public record Grade(String grade, BigDecimal bound) {
}
