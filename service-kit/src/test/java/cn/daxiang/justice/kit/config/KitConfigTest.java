package cn.daxiang.justice.kit.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kit's settings keep the names operators already use, beside other {@code platform.*} keys. */
class KitConfigTest {

    static SmallRyeConfig with(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(KitConfig.OrgUnits.class).withMapping(KitConfig.Stats.class).withMapping(KitConfig.Idempotency.class)
                .withMapping(KitConfig.Dependants.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void readsThePropertiesUnderTheirEarlierNames() {
        SmallRyeConfig config = with(Map.of("platform.org-units.file", "/etc/platform/org-units.csv",
                "platform.stats.records-complete-from", "2019-01-01",
                "platform.idempotency.lease", "90s",
                // keys of others under platform.* stay allowed
                "platform.dependants.violation_subject_fk", "违规记录",
                "platform.quarkus.native.builder-image", "mandrel"));
        assertEquals(Optional.of("/etc/platform/org-units.csv"), config.getConfigMapping(KitConfig.OrgUnits.class).file());
        assertEquals(Optional.of(LocalDate.of(2019, 1, 1)), config.getConfigMapping(KitConfig.Stats.class).recordsCompleteFrom());
        assertEquals(Duration.ofSeconds(90), config.getConfigMapping(KitConfig.Idempotency.class).lease());
        assertEquals(Map.of("violation_subject_fk", "违规记录"), config.getConfigMapping(KitConfig.Dependants.class).labels());
    }

    @Test
    void nothingSetMeansTheBuiltInDataNoCompletenessDateAndASixtySecondLease() {
        SmallRyeConfig config = with(Map.of());
        assertEquals(Optional.empty(), config.getConfigMapping(KitConfig.OrgUnits.class).file());
        assertEquals(Optional.empty(), config.getConfigMapping(KitConfig.Stats.class).recordsCompleteFrom());
        assertEquals(Duration.ofSeconds(60), config.getConfigMapping(KitConfig.Idempotency.class).lease());
        assertEquals(Map.of(), config.getConfigMapping(KitConfig.Dependants.class).labels());
    }
}
