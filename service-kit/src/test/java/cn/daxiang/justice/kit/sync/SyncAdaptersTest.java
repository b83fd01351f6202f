package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;
import cn.daxiang.justice.kit.testapp.Sample;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncAdaptersTest {

    record Located(UUID id, String orgUnit, String name, Long version) implements SyncInput {
    }

    record Child(UUID id, UUID parentId, String name, Long version) implements SyncInput {
    }

    static SyncAdapters.Builder<Sample, Located> located() {
        return SyncAdapters.of("samples", Sample.class, Located.class)
                .create(input -> sample(input.orgUnit(), input.name()))
                .update((current, input) -> current.name = input.name())
                .plainView(entity -> entity.name)
                .apply((input, candidate) -> {
                    candidate.orgUnit = input.orgUnit();
                    candidate.name = input.name();
                });
    }

    static Sample sample(String orgUnit, String name) {
        Sample sample = new Sample();
        sample.orgUnit = orgUnit;
        sample.name = name;
        return sample;
    }

    @Test
    void theAdapterTakesIdVersionAndOrgUnitFromTheInputAndDelegatesToTheServicesFunctions() {
        SyncAdapter<Sample, Located> adapter = located().build();
        UUID id = UUID.randomUUID();
        Located input = new Located(id, "430503001000", "甲", 3L);
        assertEquals("samples", adapter.resource());
        assertEquals(id, adapter.id(input));
        assertEquals(3L, adapter.version(input));
        assertEquals("430503001000", adapter.orgUnit(input));
        Sample created = adapter.create(input);
        assertEquals("甲", adapter.view(created, null));
        adapter.update(created, new Located(id, "430503001000", "乙", 3L));
        assertEquals("乙", created.name);
    }

    @Test
    void aReplayIsTheInputAppliedToAFreshRecordWithTheSameContent() {
        SyncAdapter<Sample, Located> adapter = located().build();
        Sample current = sample("430503001000", "甲");
        assertTrue(adapter.sameContent(current, new Located(UUID.randomUUID(), "430503001000", "甲", 1L)));
        assertFalse(adapter.sameContent(current, new Located(UUID.randomUUID(), "430503001000", "乙", 1L)));
    }

    @Test
    void aChildRecordNamesItsOrgUnitThroughTheAdapterAndWithoutOneTheAdapterSaysSo() {
        SyncAdapters.Builder<Sample, Child> child = SyncAdapters.of("children", Sample.class, Child.class)
                .create(input -> sample("430503001000", input.name())).update((current, input) -> { })
                .plainView(entity -> entity.name).sameContent((current, input) -> false);
        Child input = new Child(UUID.randomUUID(), UUID.randomUUID(), "甲", null);
        assertThrows(UnsupportedOperationException.class, () -> child.build().orgUnit(input));
        assertEquals("430503002000", child.orgUnit(c -> "430503002000").build().orgUnit(input));
    }

    @Test
    void aRecordEnteredOnceCannotBeChangedThroughSync() {
        SyncAdapter<Sample, Located> adapter = located().enteredOnce("登记后不能修改").build();
        ApiException refused = assertThrows(ApiException.class,
                () -> adapter.update(sample("430503001000", "甲"), new Located(UUID.randomUUID(), "430503001000", "乙", 1L)));
        assertEquals(ProblemType.CONFLICT, refused.type());
        assertEquals("登记后不能修改", refused.getMessage());
    }

    @Test
    void theOptionalHooksRunOnlyWhenGiven() {
        StringBuilder calls = new StringBuilder();
        SyncAdapter<Sample, Located> plain = located().build();
        Located input = new Located(UUID.randomUUID(), "430503001000", "甲", null);
        plain.lockFirst(input);
        plain.beforeDelete(sample("430503001000", "甲"));
        SyncAdapter<Sample, Located> hooked = located().lockFirst(i -> calls.append("lock;"))
                .beforeDelete(e -> calls.append("delete;")).build();
        hooked.lockFirst(input);
        hooked.beforeDelete(sample("430503001000", "甲"));
        assertEquals("lock;delete;", calls.toString());
    }

    @Test
    void anAdapterMissingARequiredStepFailsAtStartupNamingTheResource() {
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> SyncAdapters.of("samples", Sample.class, Located.class).create(input -> null).build());
        assertTrue(missing.getMessage().startsWith("samples"), missing.getMessage());
    }
}
