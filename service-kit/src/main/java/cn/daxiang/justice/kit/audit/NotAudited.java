package cn.daxiang.justice.kit.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persistent field the audit trail leaves out: a back-reference to the owning record, a value the
 * audit row carries itself (id, version, when and by whom), or one the record adds in another form
 * ({@code AuditedRecord#addToAuditSnapshot}). Every other field is audited without being named.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotAudited {
}
