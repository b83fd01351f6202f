package cn.daxiang.justice.mediation;

import io.restassured.response.ValidatableResponse;

import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;

/** Paths and fixtures shared by the mediation tests. */
public final class MediationTestSupport {

    public static final String BASE = "/api/v1/mediation";

    private MediationTestSupport() {
    }

    public static UUID committee(String orgUnit, String level, String termStart, String termEnd, String status) {
        UUID id = UUID.randomUUID();
        admin().body("""
                {"id":"%s","orgUnit":"%s","name":"测试人民调解委员会","level":"%s","termStart":"%s",%s"status":"%s"}
                """.formatted(id, orgUnit, level, termStart, termEnd == null ? "" : "\"termEnd\":\"" + termEnd + "\",", status))
                .post(BASE + "/committees").then().statusCode(201);
        return id;
    }

    public static UUID committee(String orgUnit) {
        return committee(orgUnit, "TOWNSHIP", "2020-01-01", null, "ACTIVE");
    }

    public static UUID mediator(UUID committee, String name, String employment, String termStart, String termEnd) {
        UUID id = UUID.randomUUID();
        admin().body("""
                {"id":"%s","committeeId":"%s","name":"%s","employment":"%s","termStart":"%s"%s}
                """.formatted(id, committee, name, employment, termStart, termEnd == null ? "" : ",\"termEnd\":\"" + termEnd + "\""))
                .post(BASE + "/mediators").then().statusCode(201);
        return id;
    }

    public static final String DISPUTES = BASE + "/disputes";

    /** A dispute registered by the township's clerk with two parties (0 applicant, 1 respondent); {@code extra} adds JSON fields. */
    public static String dispute(String orgUnit, UUID committee, String registeredOn, String source, String extra) {
        return as("township-clerk", orgUnit).body("""
                {"orgUnit":"%s","committeeId":"%s","registeredOn":"%s","source":"%s","category":"DAMAGES",
                 "summary":"养殖场排污损害赔偿纠纷","parties":[{"name":"周甲","role":"APPLICANT"},{"name":"吴乙","role":"RESPONDENT"}]%s}
                """.formatted(orgUnit, committee, registeredOn, source, extra)).post(DISPUTES)
                .then().statusCode(201).extract().path("id");
    }

    /** An action of the township's clerk on the dispute, at its current version. */
    public static ValidatableResponse act(String orgUnit, String id, String action, String json) {
        long version = as("township-clerk", orgUnit).get(DISPUTES + "/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        return as("township-clerk", orgUnit).header("If-Match", "\"" + version + "\"").body(json)
                .post(DISPUTES + "/" + id + "/" + action).then();
    }

    /** A dispute started on its registration day and concluded as {@code conclude} (the conclude action's JSON) says. */
    public static String concluded(String orgUnit, UUID committee, String registeredOn, String source, String extra, String conclude) {
        String id = dispute(orgUnit, committee, registeredOn, source, extra);
        act(orgUnit, id, "start", "{\"startedOn\":\"" + registeredOn + "\"}").statusCode(200);
        act(orgUnit, id, "conclude", conclude).statusCode(200);
        return id;
    }
}
