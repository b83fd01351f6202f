package cn.daxiang.justice.kit.person;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameKeysTest {

    static boolean matches(String query, String name) {
        Set<String> stored = Set.of(NameKeys.stored(name));
        return Arrays.stream(NameKeys.query(query)).anyMatch(stored::contains);
    }

    @Test
    void aThreeCharacterNameIsStoredWithItsSubstitutionAndDeletionKeys() {
        assertEquals(Set.of("=张三丰", "~?三丰", "~张?丰", "~张三?", "-三丰", "-张丰", "-张三"), Set.of(NameKeys.stored("张三丰")));
    }

    @Test
    void aTwoCharacterNameHasNoDeletionKeysBecauseNoTypoQueryIsShorterThanTwo() {
        assertEquals(Set.of("=张三", "~?三", "~张?"), Set.of(NameKeys.stored("张三")));
    }

    @Test
    void oneWrongMissingOrExtraCharacterIsFoundInThreeAndFourCharacterNames() {
        assertTrue(matches("张山丰", "张三丰"), "one wrong character");
        assertTrue(matches("张丰", "张三丰"), "one character missing");
        assertTrue(matches("张三三丰", "张三丰"), "one character too many");
        assertTrue(matches("欧阳小明", "欧阳晓明"), "four characters, one wrong");
        assertTrue(matches("欧阳明", "欧阳晓明"), "four characters, one missing");
    }

    @Test
    void twoEditsAreNotFound() {
        assertFalse(matches("张山风", "张三丰"), "two wrong characters");
        assertFalse(matches("王三李", "张三丰"));
        assertTrue(matches("欧阳晓", "欧阳明晓"), "one missing character");
        assertFalse(matches("欧晓明", "欧阳明晓"), "a missing character and two swapped");
        // 张三李 and 张三丰 differ in one character: a substitution, found
        assertTrue(matches("张三李", "张三丰"));
        // 张李 and 张三丰: deleting 三 gives 张丰, not 张李: not found
        assertFalse(matches("张李", "张三丰"));
    }

    @Test
    void aTwoCharacterNameIsFoundWithEitherCharacterWrongWhichIsBroadByNature() {
        assertTrue(matches("张四", "张三"));
        assertTrue(matches("李三", "张三"));
        assertFalse(matches("李四", "张三"));
    }

    @Test
    void aOneCharacterQueryHasNoTypoKeys() {
        assertArrayEquals(new String[0], NameKeys.query("张"));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
        String rare = new String(Character.toChars(0x20BB7)) + "明"; // 𠮷明
        List<String> keys = Arrays.stream(NameKeys.stored(rare)).collect(Collectors.toList());
        assertTrue(keys.contains("~?明"), keys.toString());
        assertTrue(matches(new String(Character.toChars(0x20BB7)) + "名", rare));
    }
}
