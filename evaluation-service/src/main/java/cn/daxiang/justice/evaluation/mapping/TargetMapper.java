package cn.daxiang.justice.evaluation.mapping;

import cn.daxiang.justice.evaluation.api.TargetInput;
import cn.daxiang.justice.evaluation.api.TargetView;
import cn.daxiang.justice.evaluation.domain.Target;

import java.math.RoundingMode;

/** Between the target entity and what the API sends and receives. */
public final class TargetMapper {

    /** The scale of the {@code numeric(14,2)} column; the input allows no more fraction digits. */
    static final int VALUE_SCALE = 2;

    private TargetMapper() {
    }

    public static TargetView toView(Target t) {
        return new TargetView(t.id, t.orgUnit, t.version, t.year, t.metric,
                t.value == null ? null : t.value.setScale(VALUE_SCALE, RoundingMode.HALF_UP),
                t.note, t.createdAt, t.updatedAt);
    }

    public static void apply(TargetInput input, Target t) {
        t.orgUnit = input.orgUnit();
        t.year = input.year();
        t.metric = input.metric();
        t.value = input.value().setScale(VALUE_SCALE, RoundingMode.HALF_UP);
        String note = input.note() == null ? null : input.note().strip();
        t.note = note == null || note.isEmpty() ? null : note;
    }
}
