package cn.daxiang.justice.devsupport.testing;

import io.restassured.path.json.JsonPath;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statutory items (issue 18) a record's view carries in {@code deadlines}, as the line tests read them. */
public final class DeadlineItems {

    private DeadlineItems() {
    }

    /** The item of that kind on the view, or null. */
    public static Map<String, Object> item(JsonPath view, String kind) {
        return view.getMap("deadlines.find { it.kind == '" + kind + "' }");
    }

    /** The item's clock as one comparison: where it starts, when it is due, by which period and provision, and its state. */
    public static void assertClock(Map<String, Object> item, String startsOn, String dueOn, String period, String legalBasis,
                                   String state) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("startsOn", startsOn);
        expected.put("dueOn", dueOn);
        expected.put("period", period);
        expected.put("legalBasis", legalBasis);
        expected.put("state", state);
        Map<String, Object> actual = new LinkedHashMap<>();
        expected.keySet().forEach(k -> actual.put(k, item.get(k)));
        assertEquals(expected, actual);
    }
}
