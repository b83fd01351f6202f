package cn.daxiang.justice.legalaid;

import cn.daxiang.justice.devsupport.DevTokens;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What the legal aid tests share: callers, request bodies, valid ID numbers and audit look-ups. */
final class LegalAidApi {

    static final String BASE = "/api/v1/legal-aid";
    static final String DISTRICT = "430503000000";
    static final String LUOSHI = "430503101000";
    static final String CAIE = "430503202000";
    static final String BANQIAO = "430503203000";
    static final String PROVINCE = "430000000000";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private LegalAidApi() {
    }

    static RequestSpecification as(String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(role + "@" + orgUnit, role, orgUnit)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as("district-admin", DISTRICT);
    }

    /** A valid 18-character ID number: the 17 digits given and their GB 11643 check character. */
    static String idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    static String applicationBody(UUID id, String orgUnit, String category, String receivedOn, String idNumber) {
        return """
                {"id":"%s","orgUnit":"%s","applicantName":"张三丰","applicantIdNumber":"%s",
                 "applicantPhone":"13807391234","channel":"WALK_IN","matter":"拖欠劳动报酬","category":"%s",
                 "hardshipBasis":"低保户","receivedOn":"%s"}
                """.formatted(id, orgUnit, idNumber, category, receivedOn);
    }

    static UUID createApplication(String orgUnit, String category, String receivedOn) {
        UUID id = UUID.randomUUID();
        as("township-clerk", orgUnit).body(applicationBody(id, orgUnit, category, receivedOn, idNumber("43050319800101123")))
                .post(BASE + "/applications").then().statusCode(201);
        return id;
    }

    /** Accepts a fresh application and answers the id of the case it created. */
    static UUID acceptedCase(String orgUnit, String category, String receivedOn, String acceptedOn, String complexity) {
        UUID application = createApplication(orgUnit, category, receivedOn);
        String extra = complexity == null ? "" : ",\"complexity\":\"" + complexity + "\"";
        String caseId = as("township-clerk", orgUnit)
                .body("{\"acceptedOn\":\"%s\",\"version\":1%s}".formatted(acceptedOn, extra))
                .post(BASE + "/applications/" + application + "/accept").then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(caseId);
    }

    static UUID createProvider(String orgUnit, boolean senior) {
        UUID id = UUID.randomUUID();
        as(DISTRICT.equals(orgUnit) ? "district-admin" : "township-clerk", orgUnit)
                .body("""
                        {"id":"%s","orgUnit":"%s","kind":"LAWYER","name":"李律师","firm":"湖南某律师事务所",
                         "licenceNumber":"14305201010123456","specialties":["婚姻家庭","刑事辩护"],"senior":%s}
                        """.formatted(id, orgUnit, senior))
                .post(BASE + "/providers").then().statusCode(201);
        return id;
    }

    static void assign(UUID caseId, String orgUnit, UUID provider, String on, long version) {
        as("township-clerk", orgUnit).body("{\"providerId\":\"%s\",\"assignedOn\":\"%s\",\"version\":%d}"
                        .formatted(provider, on, version))
                .post(BASE + "/cases/" + caseId + "/assign").then().statusCode(200);
    }

    static void close(UUID caseId, String orgUnit, String on, long version) {
        as("township-clerk", orgUnit).body("{\"closedOn\":\"%s\",\"result\":\"调解结案\",\"version\":%d}".formatted(on, version))
                .post(BASE + "/cases/" + caseId + "/close").then().statusCode(200);
    }

    static void review(UUID caseId, String orgUnit, String on, boolean passed) {
        String body = passed
                ? "{\"kind\":\"CENTER\",\"reviewedOn\":\"%s\",\"score\":90,\"result\":\"PASSED\"}".formatted(on)
                : "{\"kind\":\"PEER\",\"reviewedOn\":\"%s\",\"score\":55,\"result\":\"FAILED\",\"requiredFixes\":\"补充证据目录\"}".formatted(on);
        as("township-clerk", orgUnit).body(body).post(BASE + "/cases/" + caseId + "/reviews").then().statusCode(201);
    }

    static List<String> auditActions(AgroalDataSource dataSource, String entityType, UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT action FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
            st.setString(1, entityType);
            st.setString(2, id.toString());
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(AgroalDataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
