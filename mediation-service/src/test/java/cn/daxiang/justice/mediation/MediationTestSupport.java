package cn.daxiang.justice.mediation;

import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;

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
}
