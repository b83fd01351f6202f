package cn.daxiang.justice.devsupport.testing;

import cn.daxiang.justice.devsupport.DevTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests that carry a dev token, the way the platform's users call it. The subject is
 * {@code role@orgUnit}, so a test can tell who wrote a record ({@code createdBy}, audit actor).
 */
public final class Callers {

    private Callers() {
    }

    /** A JSON request by a user of {@code role} acting for {@code orgUnit}. */
    public static RequestSpecification as(String role, String orgUnit) {
        return RestAssured.given().auth().oauth2(DevTokens.token(role + "@" + orgUnit, role, orgUnit)).contentType(ContentType.JSON);
    }

    /** The district bureau's administrator. */
    public static RequestSpecification admin() {
        return as("district-admin", OrgUnits.DISTRICT);
    }

    /** A clerk of the justice office of {@code township}. */
    public static RequestSpecification clerk(String township) {
        return as("township-clerk", township);
    }

    /** The district's evaluator. */
    public static RequestSpecification evaluator() {
        return as("evaluator", OrgUnits.DISTRICT);
    }

    /** The token the evaluation service presents to the lines ({@code evaluation.service-token}). */
    public static String serviceToken() {
        return DevTokens.token("evaluation-service", "service", OrgUnits.DISTRICT);
    }
}
