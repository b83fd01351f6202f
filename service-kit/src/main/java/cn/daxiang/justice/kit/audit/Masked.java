package cn.daxiang.justice.kit.audit;

import cn.daxiang.justice.kit.personal.Disclosure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.UnaryOperator;

/** A personal field: the audit trail keeps it masked the way a masked answer shows it ({@link Disclosure#MASKED}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Masked {

    Kind value();

    enum Kind {
        NAME(Disclosure.MASKED::name),
        ID_NUMBER(Disclosure.MASKED::idNumber),
        PHONE(Disclosure.MASKED::phone),
        ADDRESS(Disclosure.MASKED::address),
        /** Free text about a criminal record: withheld whole. */
        REDACT(Disclosure.MASKED::criminalRecord);

        private final UnaryOperator<String> mask;

        Kind(UnaryOperator<String> mask) {
            this.mask = mask;
        }

        public String mask(String value) {
            return mask.apply(value);
        }
    }
}
