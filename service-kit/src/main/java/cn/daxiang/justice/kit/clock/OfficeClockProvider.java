package cn.daxiang.justice.kit.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Bean Validation's "now" ({@code @Past}, {@code @PastOrPresent}, {@code @Future}...) read where the offices are
 * ({@code platform.deadlines.zone}, Asia/Shanghai), as {@link Deadlines#today()} is, not in the server's zone: a date
 * of today in Shanghai is not "in the future" on a server still on yesterday in UTC. Quarkus' Hibernate Validator
 * extension builds its ValidatorFactory with the application's CDI bean of type {@link ClockProvider}, so every service
 * that has the kit uses this one. The factory is built (and asks for the clock) before the config mappings exist, so the
 * zone is read from the configuration itself, on each call.
 */
@ApplicationScoped
public class OfficeClockProvider implements ClockProvider {

    static final String ZONE = "platform.deadlines.zone";
    /** As KitConfig.Deadlines#zone's default; during the factory's build the mapping's default may not be there yet. */
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    @Override
    public Clock getClock() {
        String zone = ConfigProvider.getConfig().getOptionalValue(ZONE, String.class).filter(z -> !z.isBlank()).orElse(DEFAULT_ZONE);
        return Clock.system(ZoneId.of(zone));
    }
}
