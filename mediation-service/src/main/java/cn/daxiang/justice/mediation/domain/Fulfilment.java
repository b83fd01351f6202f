package cn.daxiang.justice.mediation.domain;

import java.util.List;

/** Whether the agreement was carried out (履行情况): 已履行 fulfilled, 部分履行 partly, 未履行 not fulfilled. */
public enum Fulfilment {
    FULFILLED, PARTLY, NOT_FULFILLED;

    /** The agreement's fulfilment from its terms': all performed, none performed at all, or partly. */
    public static Fulfilment of(List<TermPerformance> terms) {
        if (terms.stream().allMatch(t -> t == TermPerformance.PERFORMED)) {
            return FULFILLED;
        }
        return terms.stream().allMatch(t -> t == TermPerformance.NOT_PERFORMED) ? NOT_FULFILLED : PARTLY;
    }
}
