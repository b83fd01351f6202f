package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bean Validation's "now" is read in Asia/Shanghai (the kit's ClockProvider), whatever the server's zone. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ValidationClockTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    record Dated(@PastOrPresent LocalDate on) {
    }

    record Ahead(@Future LocalDate on) {
    }

    @Inject
    ValidatorFactory factory;

    @Inject
    Validator validator;

    @Test
    void theValidatorsClockIsTheOfficesZone() {
        assertEquals(SHANGHAI, factory.getClockProvider().getClock().getZone());
    }

    @Test
    void todayInShanghaiIsPastOrPresentAndTomorrowInShanghaiIsFuture() {
        LocalDate today = LocalDate.now(SHANGHAI);
        assertTrue(validator.validate(new Dated(today)).isEmpty(), "today in Shanghai is not in the future");
        assertEquals(1, validator.validate(new Dated(today.plusDays(1))).size());
        assertTrue(validator.validate(new Ahead(today.plusDays(1))).isEmpty());
        assertEquals(1, validator.validate(new Ahead(today)).size(), "today in Shanghai is not in the future either");
    }
}
