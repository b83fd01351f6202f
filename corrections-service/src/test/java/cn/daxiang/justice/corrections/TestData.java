package cn.daxiang.justice.corrections;

import cn.daxiang.justice.devsupport.testing.IdNumbers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Paths, people with valid ID numbers and request bodies shared by the corrections tests. */
public final class TestData {

    public static final String BASE = "/api/v1/corrections";
    public static final String SUBJECTS = BASE + "/subjects";

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private TestData() {
    }

    /** A person with a birth date and a matching, valid ID number, different for every call. */
    public record Person(String idNumber, LocalDate birthDate) {
    }

    public static Person newPerson() {
        int n = PEOPLE.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n * 37L);
        return new Person(IdNumbers.valid("430503", birth, n % 1000), birth);
    }

    public static String masked(String idNumber) {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }

    /** A valid subject body; tests change single fields to make it invalid. */
    public static Map<String, Object> subject(UUID id, String orgUnit, String type, LocalDate intake, String level) {
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

    /** A subject created by its township's clerk (level NORMAL); its id. */
    public static String newSubject(String orgUnit, String type, LocalDate intake) {
        UUID id = UUID.randomUUID();
        cn.daxiang.justice.devsupport.testing.Callers.as("township-clerk", orgUnit).body(subject(id, orgUnit, type, intake, "NORMAL"))
                .post(SUBJECTS).then().statusCode(201);
        return id.toString();
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public static List<Map<String, Object>> team(int size) {
        String[] roles = {"司法所工作人员", "村干部", "民警", "家属", "志愿者"};
        return java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> map("name", "帮教人" + i, "role", roles[i % roles.length], "phone", "1380000000" + i)).toList();
    }
}
