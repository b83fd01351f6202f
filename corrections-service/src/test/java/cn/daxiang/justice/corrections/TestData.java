package cn.daxiang.justice.corrections;

import cn.daxiang.justice.devsupport.DevTokens;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Tokens, valid resident ID numbers and request bodies shared by the corrections tests. */
final class TestData {

    static final String BASE = "/api/v1/corrections";
    static final String SUBJECTS = BASE + "/subjects";
    static final String DISTRICT = "430503000000";
    static final String LUOSHI = "430503101000";
    static final String CAIE = "430503202000";
    static final String BANQIAO = "430503203000";
    static final String PROVINCE = "430000000000";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private TestData() {
    }

    static RequestSpecification as(String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(role + "@" + orgUnit, role, orgUnit)).contentType(ContentType.JSON);
    }

    /** A person with a birth date and a matching, valid ID number, different for every call. */
    record Person(String idNumber, LocalDate birthDate) {
    }

    static Person newPerson() {
        int n = PEOPLE.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n * 37L);
        return new Person(idNumber(birth, n % 1000), birth);
    }

    static String idNumber(LocalDate birth, int sequence) {
        String first17 = "430503" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    static String masked(String idNumber) {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }

    /** A valid subject body; tests change single fields to make it invalid. */
    static Map<String, Object> subject(UUID id, String orgUnit, String type, LocalDate intake, String level) {
        Person person = newPerson();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("orgUnit", orgUnit);
        body.put("name", "王五");
        body.put("gender", "MALE");
        body.put("idNumber", person.idNumber());
        body.put("birthDate", person.birthDate().toString());
        body.put("type", type);
        body.put("offence", "危险驾驶罪");
        body.put("sentence", "拘役三个月，缓刑六个月");
        body.put("decidingAuthority", "大祥区人民法院");
        body.put("correctionStart", intake.minusDays(3).toString());
        body.put("correctionEnd", intake.plusMonths(18).toString());
        body.put("intakeDate", intake.toString());
        body.put("supervisionLevel", level);
        return body;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static List<Map<String, Object>> team(int size) {
        String[] roles = {"司法所工作人员", "村干部", "民警", "家属", "志愿者"};
        return java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> map("name", "帮教人" + i, "role", roles[i % roles.length], "phone", "1380000000" + i)).toList();
    }

    static long count(AgroalDataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long auditRows(AgroalDataSource dataSource, Object entityId) {
        return count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_id = ?", entityId.toString());
    }

    static long auditRows(AgroalDataSource dataSource, Object entityId, String action) {
        return count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = ?", entityId.toString(), action);
    }
}
