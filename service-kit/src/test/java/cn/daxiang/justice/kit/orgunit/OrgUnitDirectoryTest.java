package cn.daxiang.justice.kit.orgunit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgUnitDirectoryTest {

    static OrgUnitDirectory load(Optional<String> file) {
        OrgUnitDirectory directory = new OrgUnitDirectory();
        directory.load(file);
        return directory;
    }

    @Test
    void builtInDataHoldsDaxiangAndItsFourteenTownships() {
        OrgUnitDirectory directory = load(Optional.empty());
        assertEquals("大祥区", directory.find("430503000000").orElseThrow().name());
        assertEquals(14, directory.all().stream().filter(u -> u.level() == OrgUnitLevel.TOWNSHIP).count());
        assertEquals("罗市镇", directory.find("430503101000").orElseThrow().name());
        assertTrue(directory.all().stream().filter(u -> u.level() == OrgUnitLevel.TOWNSHIP)
                .allMatch(u -> u.parent().equals("430503000000")));
        assertFalse(directory.isKnown("430503999000"));
        assertEquals(1, directory.within("430503202000").size());
        assertEquals(15, directory.within("430503000000").size());
    }

    @Test
    void anOperatorCanReplaceTheFile() throws IOException {
        Path file = Files.createTempFile("org-units", ".csv");
        Files.writeString(file, "430503000000,大祥区,DISTRICT,430500000000\n430503101201,某村,VILLAGE,430503101000\n");
        OrgUnitDirectory directory = load(Optional.of(file.toString()));
        assertTrue(directory.isKnown("430503101201"));
        assertFalse(directory.isKnown("430503101000"));
    }

    @Test
    void rejectsBrokenReferenceData() {
        assertThrows(IllegalStateException.class, () -> OrgUnitDirectory.parse("4305,短码,DISTRICT,43"));
        assertThrows(IllegalStateException.class, () -> OrgUnitDirectory.parse("430503000000,大祥区,COUNTY,430500000000"));
        assertThrows(IllegalStateException.class,
                () -> OrgUnitDirectory.parse("430503000000,大祥区,DISTRICT,430500000000\n430503000000,重复,DISTRICT,430500000000"));
    }

    @Test
    void theBuiltInTreeRunsFromTheProvinceThroughTheCityToTheDistrict() {
        OrgUnitDirectory directory = load(Optional.empty());
        assertEquals(OrgUnitLevel.PROVINCE, directory.find("430000000000").orElseThrow().level());
        assertEquals("邵阳市", directory.find("430500000000").orElseThrow().name());
        assertEquals(List.of("430503000000"), directory.children("430500000000").stream().map(OrgUnit::code).toList());
        assertEquals(17, directory.within("430000000000").size(), "province, city, district and 14 townships");
    }

    /** 甲镇 renamed 乙镇 on 2023-01-01; 丙乡 merged into it on 2023-07-01. */
    static final String HISTORY = """
            430503000000,大祥区,DISTRICT,430500000000
            430503101000,甲镇,TOWNSHIP,430503000000,,2022-12-31
            430503101000,乙镇,TOWNSHIP,430503000000,2023-01-01
            430503202000,丙乡,TOWNSHIP,430503000000,,2023-06-30,430503101000
            """;

    @Test
    void aRenamedTownshipKeepsItsOldNameForDaysBeforeTheRenaming() throws IOException {
        OrgUnitDirectory directory = load(Optional.of(write(HISTORY)));
        assertEquals("甲镇", directory.find("430503101000", LocalDate.of(2021, 10, 1)).orElseThrow().name());
        assertEquals("乙镇", directory.find("430503101000", LocalDate.of(2023, 1, 1)).orElseThrow().name());
        assertEquals("乙镇", directory.find("430503101000").orElseThrow().name(), "today's name");
        assertEquals(List.of("甲镇", "乙镇"), directory.history("430503101000").stream().map(OrgUnit::name).toList());
    }

    @Test
    void aMergedTownshipIsAChildOfPeriodsItLivedInAndNamesWhereItWent() throws IOException {
        OrgUnitDirectory directory = load(Optional.of(write(HISTORY)));
        assertEquals(List.of("甲镇", "丙乡"), names(directory.children("430503000000", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))));
        assertEquals(List.of("乙镇", "丙乡"), names(directory.children("430503000000", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))),
                "the year of the merger has both, each by its name at the end");
        assertEquals(List.of("乙镇"), names(directory.children("430503000000", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
        assertEquals(List.of("乙镇"), names(directory.children("430503000000")), "today");
        assertTrue(directory.isKnown("430503202000"), "its records keep their code");
        assertTrue(directory.find("430503202000", LocalDate.of(2023, 7, 1)).isEmpty(), "it no longer exists after the merger");
        assertEquals("430503101000", directory.successor("430503202000").orElseThrow().code());
        assertTrue(directory.successor("430503101000").isEmpty());
    }

    @Test
    void rejectsOverlappingVersionsBadDatesAndUnknownSuccessors() {
        assertThrows(IllegalStateException.class, () -> OrgUnitDirectory.parse(
                "430503101000,甲镇,TOWNSHIP,430503000000,,2023-01-31\n430503101000,乙镇,TOWNSHIP,430503000000,2023-01-01"));
        assertThrows(IllegalStateException.class, () -> OrgUnitDirectory.parse("430503101000,甲镇,TOWNSHIP,430503000000,2023-13-01"));
        assertThrows(IllegalStateException.class, () -> OrgUnitDirectory.parse("430503101000,甲镇,TOWNSHIP,430503000000,2023-02-01,2023-01-01"));
        assertThrows(IllegalStateException.class, () -> OrgUnitDirectory.parse(
                "430503202000,丙乡,TOWNSHIP,430503000000,,2023-06-30,430503999000"));
    }

    private static String write(String csv) throws IOException {
        Path file = Files.createTempFile("org-units", ".csv");
        Files.writeString(file, csv);
        return file.toString();
    }

    private static List<String> names(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::name).toList();
    }
}
