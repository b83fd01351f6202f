package cn.daxiang.justice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * deploy/grafana/platform-dashboard.json: every panel queries only metric names the services expose. Those are listed
 * in deploy/grafana/metric-names.txt, which the kit's MetricsTest checks against a real scrape of /q/metrics; and the
 * dashboard is rendered as the ConfigMap Grafana's sidecar loads.
 */
class GrafanaDashboardTest {

    static final Path DASHBOARD = Deploy.DIR.resolve("grafana/platform-dashboard.json");
    static final Path NAMES = Deploy.DIR.resolve("grafana/metric-names.txt");
    // PromQL's words that are not metric names: aggregations' clauses and operators (functions are followed by "(")
    static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and",
            "or", "unless", "offset", "inf", "nan");
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");

    static JsonNode dashboard() throws IOException {
        return Deploy.JSON.readTree(DASHBOARD.toFile());
    }

    /** The metric names a PromQL expression reads. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")    // strings
                .replaceAll("\\{[^}]*}", " ")                                 // label matchers
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ") // grouping labels
                .replaceAll("\\[[^]]*]", " ")                                // ranges
                .replaceAll("\\$\\w+", " ");                                   // dashboard variables
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean call = bare.substring(m.end()).stripLeading().startsWith("(");
            boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!call && !number && !KEYWORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    @Test
    void theMetricNamesOfAnExpressionAreFoundAndItsFunctionsLabelsAndVariablesAreNot() {
        assertEquals(Set.of("platform_sync_batch_duration_seconds_bucket"), metricNames(
                "histogram_quantile(0.95, sum by (le, application) (rate(platform_sync_batch_duration_seconds_bucket{application=~\"$application\",outcome=\"stored\"}[5m])))"));
        assertEquals(Set.of("a_sum", "a_count"), metricNames("sum without (pod) (rate(a_sum[$__rate_interval])) / on (x) group_left sum(rate(a_count[1m])) * 60"));
    }

    @Test
    void everyPanelQueriesOnlyMetricsTheServicesExpose() throws IOException {
        Set<String> exposed = new TreeSet<>(Files.readAllLines(NAMES).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        JsonNode dashboard = dashboard();
        assertTrue(dashboard.path("schemaVersion").asInt() >= 36, "a dashboard of Grafana 9 or later");
        assertFalse(dashboard.path("uid").asText().isEmpty());
        int queries = 0;
        for (JsonNode panel : panels(dashboard)) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertFalse(panel.path("targets").isEmpty(), "panel without a query: " + panel.path("title").asText());
            for (JsonNode target : panel.path("targets")) {
                Set<String> names = metricNames(target.path("expr").asText());
                assertFalse(names.isEmpty(), "no metric in " + target.path("expr").asText());
                Set<String> unknown = new TreeSet<>(names);
                unknown.removeAll(exposed);
                assertTrue(unknown.isEmpty(), panel.path("title").asText() + " queries " + unknown + ", not in " + NAMES);
                queries++;
            }
        }
        assertTrue(queries >= 10, "the sync, feed, pool and overdue panels");
        // every listed name is one a panel uses, so that the list cannot grow into a second catalogue
        Set<String> used = new TreeSet<>();
        panels(dashboard).forEach(p -> p.path("targets").forEach(t -> used.addAll(metricNames(t.path("expr").asText()))));
        Set<String> unused = new TreeSet<>(exposed);
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "listed but on no panel: " + unused);
    }

    @Test
    void theDashboardIsRenderedAsTheConfigMapGrafanasSidecarLoads() throws IOException {
        assumeTrue(Deploy.available("kubectl", "version", "--client"), "kubectl is not installed: the rendering is not checked");
        JsonNode map = Deploy.one("ConfigMap", "platform-dashboard");
        assertEquals("1", map.path("metadata").path("labels").path("grafana_dashboard").asText());
        assertEquals(dashboard(), Deploy.JSON.readTree(map.path("data").path("platform-dashboard.json").asText()));
    }
}
