package cn.daxiang.justice.kit.accesslog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view (a Java record) that carries personal data of a person: every GET answer that holds
 * one, alone, in a list page, in a change-feed page or inside another marked view, is recorded in
 * the access log with the view's {@code id} (see {@link AccessLogFilter}). Marking the view rather
 * than each resource method means no path that hands the view out (single read, list, feed,
 * export) can forget it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalData {

    /**
     * Components holding the id of the person record this one belongs to (a violation's
     * {@code subjectId}), recorded beside the view's own id so that the log can be searched by the
     * person's record.
     */
    String[] linkedRecords() default {};
}
