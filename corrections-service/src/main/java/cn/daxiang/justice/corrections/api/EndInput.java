package cn.daxiang.justice.corrections.api;

import java.time.LocalDate;

/** What ends a subject's correction, by release or by termination. */
public interface EndInput {

    LocalDate date();

    Enum<?> reason();

    String note();

    Long version();
}
