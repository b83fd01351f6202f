package cn.daxiang.justice.devsupport;

import cn.daxiang.justice.devsupport.testing.OrgUnits;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchOrgUnitsTest {

    @Test
    void aProvinceSizeFileHasTheRequestedTownshipsEachWithADistinctTwelveDigitCodeUnderTheDistrict() {
        List<String> townships = BenchOrgUnits.townships(200);

        assertEquals(200, townships.size());
        assertEquals(200, new HashSet<>(townships).size());
        assertEquals(OrgUnits.TOWNSHIPS, townships.subList(0, 14));
        assertTrue(townships.stream().allMatch(code -> code.matches("430503\\d{3}000")), townships::toString);
        assertTrue(BenchOrgUnits.extraTownships(200).stream().allMatch(line -> line.endsWith(",TOWNSHIP," + OrgUnits.DISTRICT)));
    }

    @Test
    void theScaledDownProvinceHasTwoCitiesSixCountiesAndTwoHundredTownshipsEachUnderAUnitOfTheFile() {
        List<String> lines = new java.util.ArrayList<>(List.of("430000000000,湖南省,PROVINCE,", "430500000000,邵阳市,CITY,430000000000",
                "430503000000,大祥区,DISTRICT,430500000000"));
        OrgUnits.TOWNSHIPS.forEach(t -> lines.add(t + ",某街道,TOWNSHIP,430503000000"));
        lines.addAll(BenchOrgUnits.province(200));
        java.util.Map<String, String[]> units = new java.util.HashMap<>();
        lines.forEach(l -> units.put(l.split(",")[0], l.split(",", -1)));
        assertEquals(lines.size(), units.size(), "no code twice");
        java.util.Map<String, Long> levels = units.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(u -> u[2], java.util.stream.Collectors.counting()));
        assertEquals(java.util.Map.of("PROVINCE", 1L, "CITY", 2L, "DISTRICT", 6L, "TOWNSHIP", 200L), levels);
        assertTrue(units.values().stream().filter(u -> !u[2].equals("PROVINCE")).allMatch(u -> units.containsKey(u[3])),
                "every unit's parent is in the file");
        assertEquals(BenchOrgUnits.provinceTownships(200).stream().sorted().toList(),
                units.values().stream().filter(u -> u[2].equals("TOWNSHIP")).map(u -> u[0]).sorted().toList());
        assertTrue(units.values().stream().filter(u -> u[2].equals("TOWNSHIP")).allMatch(u -> u[0].startsWith(u[3].substring(0, 6))),
                "a township's code lies under its county's");
    }
}
