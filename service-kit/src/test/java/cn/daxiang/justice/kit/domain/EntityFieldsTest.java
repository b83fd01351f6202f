package cn.daxiang.justice.kit.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityFieldsTest {

    static class Base {
        static final String CONSTANT = "c";
        String first;
    }

    static class Leaf extends Base {
        transient String cached;
        String $$_hibernate_tracker;
        String second;
        String third = "3";
    }

    @Test
    void superclassFieldsComeFirstWithoutStaticTransientOrEnhancementFields() {
        List<String> names = EntityFields.of(Leaf.class).stream().map(Field::getName).toList();
        assertEquals(List.of("first", "second", "third"), names);
        assertEquals("3", EntityFields.read(EntityFields.of(Leaf.class).get(2), new Leaf()));
    }
}
