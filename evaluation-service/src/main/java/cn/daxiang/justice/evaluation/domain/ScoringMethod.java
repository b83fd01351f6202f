package cn.daxiang.justice.evaluation.domain;

/**
 * How a scorecard leaf earns its points (评分方法). Every method gives 0, with the reason, when the
 * figure it needs is unavailable or missing: never a silent full mark.
 */
public enum ScoringMethod {
    /** Full marks at or above the target (at or below for a lower-is-better indicator), else 0. */
    FULL_AT_TARGET("达标得满分"),
    /** actual ÷ target × points (target ÷ actual when lower is better), capped at the points. */
    PROPORTIONAL("按比例得分"),
    /** The first band the value reaches gives its share of the points. */
    BANDED("分档得分"),
    /** The points less a deduction for every listed validation rule that failed or could not be checked, floor 0. */
    DEDUCTION("扣分制"),
    /** A score entered by the evaluator with a written reason (人工评分). */
    MANUAL("人工评分");

    private final String label;

    ScoringMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
