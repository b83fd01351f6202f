package cn.daxiang.justice.kit.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgUnitCodeTest {

    @Test
    void prefixFollowsTheLevels() {
        assertEquals("43", OrgUnitCode.prefix("430000000000"));
        assertEquals("4305", OrgUnitCode.prefix("430500000000"));
        assertEquals("430503", OrgUnitCode.prefix("430503000000"));
        assertEquals("430503101", OrgUnitCode.prefix("430503101000"));
        assertEquals("430503101201", OrgUnitCode.prefix("430503101201"));
        // a street code ending in zeros within the township part still keeps its 9 digits
        assertEquals("430503010", OrgUnitCode.prefix("430503010000"));
    }

    @Test
    void aUnitsDistrictIsItsCountyLevelUnit() {
        assertEquals("430503000000", OrgUnitCode.district("430503101000"));
        assertEquals("430503000000", OrgUnitCode.district("430503101203"));
        assertEquals("430503000000", OrgUnitCode.district("430503000000"));
    }

    @Test
    void aUnitCoversItselfAndEverythingBelow() {
        assertTrue(OrgUnitCode.covers("430503000000", "430503101000"));
        assertTrue(OrgUnitCode.covers("430503000000", "430503000000"));
        assertTrue(OrgUnitCode.covers("430503101000", "430503101201"));
        assertTrue(OrgUnitCode.covers("430000000000", "430503202000"));
        assertFalse(OrgUnitCode.covers("430503101000", "430503202000"), "a township does not cover its neighbour");
        assertFalse(OrgUnitCode.covers("430503101000", "430503000000"), "a township does not cover its district");
        assertFalse(OrgUnitCode.covers("430503001000", "430503010000"), "street 001 does not cover street 010");
        assertFalse(OrgUnitCode.covers("430503000000", "4305031010"), "malformed codes are never covered");
        assertEquals("430503101%", OrgUnitCode.likePattern("430503101000"));
    }

    @Test
    void onlyTwelveDigitCodesAreWellFormed() {
        assertTrue(OrgUnitCode.isWellFormed("430503000000"));
        assertFalse(OrgUnitCode.isWellFormed("43050300000"));
        assertFalse(OrgUnitCode.isWellFormed("43050300000a"));
        assertFalse(OrgUnitCode.isWellFormed("000000000000"));
        assertFalse(OrgUnitCode.isWellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> OrgUnitCode.prefix("4305"));
    }
}
