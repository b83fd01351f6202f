package cn.daxiang.justice.kit.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every meter of a service carries {@code application} (its {@code quarkus.application.name}), so that a dashboard
 * can tell the lines apart however Prometheus labels its targets.
 */
@Singleton
public class ServiceTag {

    @Produces
    @Singleton
    MeterFilter application(@ConfigProperty(name = "quarkus.application.name") String name) {
        return MeterFilter.commonTags(java.util.List.of(io.micrometer.core.instrument.Tag.of("application", name)));
    }
}
