package cn.daxiang.justice.kit.orgunit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
