package cn.daxiang.justice.evaluation;

import cn.daxiang.justice.devsupport.testing.Callers;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * One WireMock server standing in for the three work-line services (they differ by path), and the
 * evaluation service pointed at it with a dev service token. Stubs only answer requests that carry
 * a bearer token, so an unauthenticated call would show up as an unavailable line.
 */
public class LineStubs implements QuarkusTestResourceLifecycleManager {

    public static final String CORRECTIONS = "/api/v1/corrections/stats";
    public static final String MEDIATION = "/api/v1/mediation/stats";
    public static final String LEGAL_AID = "/api/v1/legal-aid/stats";
    public static final String CORRECTIONS_EVENTS = "/api/v1/corrections/person-events";
    public static final String LEGAL_AID_EVENTS = "/api/v1/legal-aid/person-events";

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        noPersonEvents();
        String url = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.corrections.url", url,
                "quarkus.rest-client.mediation.url", url,
                "quarkus.rest-client.legal-aid.url", url,
                "evaluation.service-token", Callers.serviceToken());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** The stats request of one line for one org unit and period, with a bearer token. */
    static MappingBuilder request(String path, String orgUnit, LocalDate from, LocalDate to) {
        return get(urlPathEqualTo(path))
                .withQueryParam("orgUnit", equalTo(orgUnit))
                .withQueryParam("from", equalTo(from.toString()))
                .withQueryParam("to", equalTo(to.toString()))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_.-]+"));
    }

    public static void answer(String path, String orgUnit, LocalDate from, LocalDate to, ResponseDefinitionBuilder response) {
        server.stubFor(request(path, orgUnit, from, to).willReturn(response));
        grouped(path, orgUnit, from, to, response);
    }

    /** The cumulative request (累计): no {@code from} at all, {@code to} the end of the period. */
    static MappingBuilder cumulativeRequest(String path, String orgUnit, LocalDate to) {
        return get(urlPathEqualTo(path))
                .withQueryParam("orgUnit", equalTo(orgUnit))
                .withQueryParam("from", absent())
                .withQueryParam("to", equalTo(to.toString()))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_.-]+"));
    }

    public static void answerCumulative(String path, String orgUnit, LocalDate to, ResponseDefinitionBuilder response) {
        server.stubFor(cumulativeRequest(path, orgUnit, to).willReturn(response));
        grouped(path, orgUnit, null, to, response);
    }

    /**
     * The answers stubbed so far, by line, period and org unit: a request grouped by child
     * ({@code groupBy=child}) is answered as a line answers it, with the unit's stubbed answer and the
     * stubbed answers of its direct children in {@code children}.
     */
    static final Map<String, Map<String, String>> ANSWERS = new ConcurrentHashMap<>();

    static void grouped(String path, String orgUnit, LocalDate from, LocalDate to, ResponseDefinitionBuilder response) {
        ResponseDefinition answer = response.build();
        // only answers a line could give (a garbage or slow answer stays the plain request's)
        if (answer.getStatus() != 200 || answer.getBody() == null || !answer.getBody().strip().endsWith("}")
                || answer.getFixedDelayMilliseconds() != null) {
            return;
        }
        Map<String, String> units = ANSWERS.computeIfAbsent(path + "|" + from + "|" + to, k -> new ConcurrentHashMap<>());
        units.put(orgUnit, answer.getBody());
        for (String unit : List.of(orgUnit, parent(orgUnit))) {
            String body = units.get(unit);
            if (body == null) {
                continue;
            }
            String children = units.keySet().stream().filter(c -> unit.equals(parent(c))).sorted().map(units::get)
                    .collect(Collectors.joining(","));
            MappingBuilder request = from == null ? cumulativeRequest(path, unit, to) : request(path, unit, from, to);
            server.stubFor(request.withQueryParam("groupBy", equalTo("child")).atPriority(1)
                    .willReturn(okJson(body.substring(0, body.lastIndexOf('}')) + ",\"children\":[" + children + "]}")));
        }
    }

    /** The unit one level up: {@code 430503101000} → {@code 430503000000}. */
    static String parent(String code) {
        int own = OrgUnitCode.prefix(code).length();
        int up = own == 12 ? 9 : own == 9 ? 6 : own == 6 ? 4 : 2;
        return code.substring(0, up) + "0".repeat(12 - up);
    }

    /** Stats requests of one line, whatever their org unit and period. */
    public static List<LoggedRequest> requests(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    /** Stubs the period and the cumulative request of one line alike (same metrics) for tests that do not look at 累计. */
    public static void answerBoth(String path, String orgUnit, LocalDate from, LocalDate to, LocalDate recordsCompleteFrom,
                           Map<String, ? extends Number> metrics) {
        answer(path, orgUnit, from, to, stats(orgUnit, from, to, recordsCompleteFrom, metrics));
        answerCumulative(path, orgUnit, to, stats(orgUnit, null, to, recordsCompleteFrom, metrics));
    }

    /** The three lines answer these figures for the period and, as their cumulative figures, to its end. */
    public static void answerAll(String orgUnit, LocalDate from, LocalDate to, Map<String, ? extends Number> corrections,
                                 Map<String, ? extends Number> mediation, Map<String, ? extends Number> legalAid) {
        answerBoth(CORRECTIONS, orgUnit, from, to, null, corrections);
        answerBoth(MEDIATION, orgUnit, from, to, null, mediation);
        answerBoth(LEGAL_AID, orgUnit, from, to, null, legalAid);
    }

    /** No stub left and every circuit breaker closed: before and after each test that stubs the lines. */
    public static void reset() {
        CircuitBreakerMaintenance.get().resetAll();
        server.resetAll();
        noPersonEvents();
    }

    /**
     * Unless a test stubs them, both lines answer that they have no person events (issue 22), at the lowest
     * priority, so that the cross-line figures are available and 0 in every run.
     */
    static void noPersonEvents() {
        for (String path : List.of(CORRECTIONS_EVENTS, LEGAL_AID_EVENTS)) {
            server.stubFor(get(urlPathEqualTo(path)).atPriority(10)
                    .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":200,\"totalItems\":0,\"totalExact\":true}")));
        }
    }

    /** A stats answer as the lines give it. */
    public static ResponseDefinitionBuilder stats(String orgUnit, LocalDate from, LocalDate to, LocalDate recordsCompleteFrom,
                                           Map<String, ? extends Number> metrics) {
        String body = "{\"orgUnit\":\"" + orgUnit + "\",\"from\":" + (from == null ? "null" : "\"" + from + "\"")
                + ",\"to\":\"" + to + "\","
                + "\"asOf\":\"2022-01-05T08:00:00Z\","
                + "\"recordsCompleteFrom\":" + (recordsCompleteFrom == null ? "null" : "\"" + recordsCompleteFrom + "\"") + ","
                + "\"metrics\":{" + metrics.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",")) + "}}";
        return okJson(body);
    }

    /** Period requests (with a {@code from}) of one line for one org unit. */
    public static int calls(String path, String orgUnit) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)).withQueryParam("orgUnit", equalTo(orgUnit))
                .withQueryParam("from", matching(".+"))).size();
    }

    /** Cumulative requests (no {@code from}) of one line for one org unit. */
    public static int cumulativeCalls(String path, String orgUnit) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)).withQueryParam("orgUnit", equalTo(orgUnit))
                .withQueryParam("from", absent())).size();
    }
}
