package cn.daxiang.justice.evaluation.spending;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.problem.ProblemType;

import java.util.List;

/** A spending sheet refused as a whole: 400 with one error per bad row (第3行：实际支出不是金额), nothing stored. */
public class SheetRejected extends ApiException {

    SheetRejected(List<FieldError> errors) {
        super(ProblemType.VALIDATION, "导入文件有" + errors.size() + "处错误，未导入任何数据：" + errors.get(0).message()
                + (errors.size() > 1 ? "等" : ""), errors, null);
    }

    static SheetRejected of(String field, String message) {
        return new SheetRejected(List.of(new FieldError(field, message)));
    }
}
