package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.problem.ProblemHandler;
import io.quarkus.arc.Arc;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Names, for a deletion refused by a foreign key, the records that still depend on the one being
 * deleted. Each service maps its foreign keys to a Chinese label ({@link KitConfig.Dependants}); an
 * unmapped key gets a general message.
 */
public final class DependantRecords {

    private DependantRecords() {
    }

    public static String message(Throwable failure) {
        String constraint = ProblemHandler.inCauses(failure, ConstraintViolationException.class,
                ConstraintViolationException::getConstraintName);
        String label = constraint == null ? null
                : Arc.container().instance(KitConfig.Dependants.class).get().labels().get(constraint);
        return label == null
                ? "该记录仍被其他记录引用，不能删除；请先删除引用它的记录"
                : "该记录仍有关联的" + label + "，不能删除；请先删除这些" + label;
    }
}
