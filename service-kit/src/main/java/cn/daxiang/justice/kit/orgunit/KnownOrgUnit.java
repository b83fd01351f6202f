package cn.daxiang.justice.kit.orgunit;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An org-unit code that the reference data knows; null passes (pair it with {@code @NotNull}). */
@Documented
@Constraint(validatedBy = KnownOrgUnit.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownOrgUnit {

    String message() default "未知的机构代码";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownOrgUnit, String> {

        @Inject
        OrgUnitDirectory directory;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || directory.isKnown(value);
        }
    }
}
