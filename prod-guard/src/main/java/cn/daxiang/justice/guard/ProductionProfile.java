package cn.daxiang.justice.guard;

import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Set;

/**
 * Which runs the guards hold: every profile except the development ones. An unknown or custom
 * profile (staging, a typo) counts as production, so forgetting to name it cannot open a hole.
 */
public final class ProductionProfile {

    /** The profiles that may use the committed dev key and dev passwords ({@code ./platform up} runs {@code local}). */
    public static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "test", "local");

    private ProductionProfile() {
    }

    public static boolean applies(Config config) {
        List<String> profiles = config.unwrap(SmallRyeConfig.class).getProfiles();
        return profiles.isEmpty() || !DEVELOPMENT_PROFILES.containsAll(profiles);
    }
}
