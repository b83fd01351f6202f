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
}
