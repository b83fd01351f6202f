package cn.daxiang.justice.evaluation;

import cn.daxiang.justice.devsupport.testing.Callers;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.time.LocalDate;
import java.util.Map;
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

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
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
    }

    /** Stubs the period and the cumulative request of one line alike (same metrics) for tests that do not look at 累计. */
    public static void answerBoth(String path, String orgUnit, LocalDate from, LocalDate to, LocalDate recordsCompleteFrom,
                           Map<String, ? extends Number> metrics) {
        answer(path, orgUnit, from, to, stats(orgUnit, from, to, recordsCompleteFrom, metrics));
        answerCumulative(path, orgUnit, to, stats(orgUnit, null, to, recordsCompleteFrom, metrics));
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
