package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.assertOk;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.assertUnavailable;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.corrections2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.indicator;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.legalAid2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.mediation2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.metric;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.paragraphs;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22: the cross-line indicators of a run (V21) from the lines' person events, stubbed at the REST boundary
 * with planted reappearances; the report's sentences; a line whose events fail makes them unavailable, never 0.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class CrossLineIndicatorsTest {

    /** A township and year no other test class uses together. */
    static final String ORG = "430503010000";
    static final int YEAR = 2021;
    static final String OTHER_TOWN = "430503101000";

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
        LineStubs.answerAll(ORG, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), corrections2021(), mediation2021(), legalAid2021());
    }

    static String e(String hash, String event, String date, String orgUnit) {
        return "{\"hash\":\"" + hash + "\",\"event\":\"" + event + "\",\"date\":\"" + date + "\",\"orgUnit\":\"" + orgUnit + "\"}";
    }

    /** One line's events in two pages of the kit's envelope, asked with the service token for the run's unit. */
    static void events(String path, List<String> events) {
        int half = events.size() / 2;
        List<List<String>> pages = List.of(events.subList(0, half), events.subList(half, events.size()));
        for (int page = 0; page < 2; page++) {
            LineStubs.server().stubFor(get(urlPathEqualTo(path))
                    .withQueryParam("orgUnit", equalTo(ORG))
                    // the look-back of five years before the period, to its end
                    .withQueryParam("from", equalTo("2016-01-01")).withQueryParam("to", equalTo("2021-12-31"))
                    .withQueryParam("page", equalTo(String.valueOf(page)))
                    .withHeader("Authorization", matching("Bearer [A-Za-z0-9_.-]+"))
                    .willReturn(okJson("{\"items\":[" + String.join(",", pages.get(page)) + "],\"page\":" + page
                            + ",\"size\":" + Math.max(half, 1) + ",\"totalItems\":" + events.size() + ",\"totalExact\":true}")));
        }
    }

    static void plantedHistory() {
        events(LineStubs.CORRECTIONS_EVENTS, List.of(
                // released on the eve of 国庆 2021, received again after it: reoffended
                e("A", "CORRECTION_ENDED", "2021-09-30", ORG), e("A", "CORRECTION_STARTED", "2021-10-08", ORG),
                // released from prison in 2019, received into correction after 春节 2021: reoffended
                e("B", "PRISON_RELEASED", "2019-06-01", ORG), e("B", "CORRECTION_STARTED", "2021-02-18", ORG),
                // released, not seen again
                e("C", "CORRECTION_ENDED", "2020-02-10", ORG),
                e("D", "PRISON_RELEASED", "2018-10-08", ORG),
                // released in another township: not this township's
                e("X", "CORRECTION_ENDED", "2020-01-01", OTHER_TOWN),
                // in correction, and granted legal aid below
                e("F", "CORRECTION_STARTED", "2020-05-01", ORG),
                // under 帮教 first, then received into correction
                e("I", "RESETTLEMENT_RECEIVED", "2020-06-01", ORG), e("I", "CORRECTION_STARTED", "2021-10-08", ORG)));
        events(LineStubs.LEGAL_AID_EVENTS, List.of(
                e("F", "LEGAL_AID_GRANTED", "2021-02-18", DISTRICT), e("L", "LEGAL_AID_GRANTED", "2021-03-01", DISTRICT)));
    }

    @Test
    void plantedReappearancesGiveTheCrossLineIndicators() {
        plantedHistory();
        JsonPath run = run(ORG, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        // A and B of the four released in the township (A, B, C, D)
        assertOk(run, "PLATFORM_REOFFENCE_RATE", "50.0");
        assertEquals("重新犯罪率（平台所见）", indicator(run, "PLATFORM_REOFFENCE_RATE").get("name"));
        assertOk(run, "CORRECTION_LEGAL_AID_PERSONS", "1");
        assertOk(run, "RESETTLEMENT_LATER_CORRECTION_PERSONS", "1");
        assertEquals("PERSONS_SERVICE", metric(run, "persons.reoffended").get("source"));
        Map<String, Object> persons = run.getMap("lines.find { it.line == 'PERSONS' }");
        assertEquals("AVAILABLE", persons.get("status"));

        List<String> text = paragraphs(report(run.getString("id")), "PERSONS");
        assertTrue(text.contains("重新犯罪率（平台所见）为50.0%（回溯期内解除矫正或刑满释放4人，其中再次成为社区矫正对象2人）。"),
                () -> String.valueOf(text));
        assertTrue(text.contains("社区矫正对象中获得法律援助1人，安置帮教人员后续入矫1人。"), () -> String.valueOf(text));
    }

    @Test
    void nobodyReleasedMeansNoRateNotZero() {
        JsonPath run = run(ORG, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        assertEquals("NO_DATA", indicator(run, "PLATFORM_REOFFENCE_RATE").get("status"));
        assertOk(run, "CORRECTION_LEGAL_AID_PERSONS", "0");
        List<String> text = paragraphs(report(run.getString("id")), "PERSONS");
        assertTrue(text.contains("重新犯罪率（平台所见）：回溯期内无解除矫正或刑满释放人员，不计算。"), () -> String.valueOf(text));
    }

    @Test
    void eventsThatFailMakeTheCrossLineIndicatorsUnavailableAndTheRunPartial() {
        plantedHistory();
        LineStubs.server().stubFor(get(urlPathEqualTo(LineStubs.LEGAL_AID_EVENTS)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        JsonPath run = run(ORG, YEAR);
        assertEquals("PARTIAL", run.getString("status"));
        assertUnavailable(run, List.of("PLATFORM_REOFFENCE_RATE", "CORRECTION_LEGAL_AID_PERSONS", "RESETTLEMENT_LATER_CORRECTION_PERSONS"),
                "法律援助服务（legalaid-service）的人员事件不可用：HTTP 503");
        // the lines' own figures are not touched
        assertOk(run, "CORRECTIONS_ACTIVE", "148");
        String note = report(run.getString("id")).getString("sections.find { it.key == 'PERSONS' }.unavailableNote");
        assertTrue(String.valueOf(note).startsWith("跨业务线人员：服务不可用"), note);
    }

    @Test
    void theDefaultsAreVersionOne() {
        Stream.of("PLATFORM_REOFFENCE_RATE", "CORRECTION_LEGAL_AID_PERSONS", "RESETTLEMENT_LATER_CORRECTION_PERSONS").forEach(code ->
                as("evaluator", DISTRICT).queryParam("code", code).get(DefinitionResourceTest.INDICATORS)
                        .then().statusCode(200).body("items[0].version", org.hamcrest.Matchers.equalTo(1)).body("items[0].orgUnit", org.hamcrest.Matchers.equalTo(DISTRICT)));
        as("evaluator", DISTRICT).queryParam("code", "PLATFORM_REOFFENCE_RATE").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200).body("items[0].numerator", org.hamcrest.Matchers.equalTo("persons.reoffended"))
                .body("items[0].denominator", org.hamcrest.Matchers.equalTo("persons.released")).body("items[0].direction", org.hamcrest.Matchers.equalTo("LOWER_IS_BETTER"));
    }
}
