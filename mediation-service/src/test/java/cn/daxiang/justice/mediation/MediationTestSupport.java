package cn.daxiang.justice.mediation;

import cn.daxiang.justice.devsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Tokens, fixtures and audit-log reads shared by the mediation tests. */
final class MediationTestSupport {

    static final String BASE = "/api/v1/mediation";
    static final String DISTRICT = "430503000000";
    static final String LUOSHI = "430503101000";
    static final String CAIE = "430503202000";
    static final String BANQIAO = "430503203000";
    static final String PROVINCE = "430000000000";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private MediationTestSupport() {
    }

    static RequestSpecification as(String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(role + "@" + orgUnit, role, orgUnit)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as("district-admin", DISTRICT);
    }

    /** A valid resident ID number: the 17 digits given plus their GB 11643 check character. */
    static String idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    static UUID committee(String orgUnit, String level, String termStart, String termEnd, String status) {
        UUID id = UUID.randomUUID();
        admin().body("""
                {"id":"%s","orgUnit":"%s","name":"测试人民调解委员会","level":"%s","termStart":"%s",%s"status":"%s"}
                """.formatted(id, orgUnit, level, termStart, termEnd == null ? "" : "\"termEnd\":\"" + termEnd + "\",", status))
                .post(BASE + "/committees").then().statusCode(201);
        return id;
    }

    static UUID committee(String orgUnit) {
        return committee(orgUnit, "TOWNSHIP", "2020-01-01", null, "ACTIVE");
    }

    static UUID mediator(UUID committee, String name, String employment, String termStart, String termEnd) {
        UUID id = UUID.randomUUID();
        admin().body("""
                {"id":"%s","committeeId":"%s","name":"%s","employment":"%s","termStart":"%s"%s}
                """.formatted(id, committee, name, employment, termStart, termEnd == null ? "" : ",\"termEnd\":\"" + termEnd + "\""))
                .post(BASE + "/mediators").then().statusCode(201);
        return id;
    }

    static List<String> auditActions(DataSource dataSource, String entityType, UUID id) {
        return strings(dataSource, "SELECT action FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id", entityType, id);
    }

    static List<String> auditChanges(DataSource dataSource, String entityType, UUID id) {
        return strings(dataSource, "SELECT changes::text FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id", entityType, id);
    }

    static List<String> auditActors(DataSource dataSource, String entityType, UUID id) {
        return strings(dataSource, "SELECT actor FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id", entityType, id);
    }

    private static List<String> strings(DataSource dataSource, String sql, String entityType, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, entityType);
            st.setString(2, id.toString());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(DataSource dataSource, String sql, Object... parameters) {
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
