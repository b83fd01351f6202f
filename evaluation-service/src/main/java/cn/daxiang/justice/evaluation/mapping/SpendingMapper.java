package cn.daxiang.justice.evaluation.mapping;

import cn.daxiang.justice.evaluation.api.SpendingInput;
import cn.daxiang.justice.evaluation.api.SpendingView;
import cn.daxiang.justice.evaluation.domain.Spending;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Between the spending entity and what the API sends and receives; amounts to the fen. */
public final class SpendingMapper {

    private SpendingMapper() {
    }

    public static SpendingView toView(Spending s) {
        return new SpendingView(s.id, s.orgUnit, s.version, s.year, s.fund, s.projectCode, s.projectName, yuan(s.budgeted),
                yuan(s.adjusted), yuan(s.spent), yuan(s.outputTarget), yuan(s.outputAchieved), s.outputUnit, s.note,
                s.createdBy, s.createdAt, s.updatedBy, s.updatedAt);
    }

    public static void apply(SpendingInput input, Spending s) {
        s.orgUnit = input.orgUnit();
        s.year = input.year();
        s.fund = input.fund();
        s.projectCode = blankToNull(input.projectCode());
        s.projectName = blankToNull(input.projectName());
        s.budgeted = yuan(input.budgeted());
        s.adjusted = yuan(input.adjustedOrBudgeted());
        s.spent = yuan(input.spent());
        s.outputTarget = yuan(input.outputTarget());
        s.outputAchieved = yuan(input.outputAchieved());
        s.outputUnit = blankToNull(input.outputUnit());
        s.note = blankToNull(input.note());
    }

    static BigDecimal yuan(BigDecimal d) {
        return d == null ? null : d.setScale(2, RoundingMode.UNNECESSARY);
    }

    static String blankToNull(String s) {
        String t = s == null ? null : s.strip();
        return t == null || t.isEmpty() ? null : t;
    }
}
