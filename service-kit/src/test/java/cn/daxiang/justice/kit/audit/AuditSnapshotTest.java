package cn.daxiang.justice.kit.audit;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditSnapshotTest {

    static class Base {
        public String orgUnit = "430503101000";
        @NotAudited
        public long version = 3;
    }

    static class Person extends Base {
        static final String CONSTANT = "never audited";
        @Masked(Masked.Kind.NAME)
        public String name = "张三丰";
        @Masked(Masked.Kind.ID_NUMBER)
        public String idNumber = "43050319900101123X";
        @Masked(Masked.Kind.PHONE)
        public String phone = "13812345678";
        @Masked(Masked.Kind.ADDRESS)
        public String address = "湖南省邵阳市大祥区城南街道100号";
        @Masked(Masked.Kind.REDACT)
        public String offence = "盗窃罪";
        @AuditKey("from")
        public LocalDate periodFrom = LocalDate.of(2024, 1, 1);
        public BigDecimal amount = new BigDecimal("380.00");
        /** Nobody annotated it: a new column is audited all the same. */
        public Integer newColumn = 7;
        @Transient
        public String derived = "not a column";
        transient String cache = "not a column";
    }

    static class Part {
        @ManyToOne
        public Person owner;
    }

    @Test
    void everyFieldIsAuditedUnlessMarkedAndPersonalDataIsMasked() {
        assertEquals("{orgUnit=430503101000, name=张**, idNumber=430503********123X, phone=138****5678,"
                        + " address=湖南省邵阳市****, offence=***, from=2024-01-01, amount=380, newColumn=7}",
                AuditSnapshot.of(new Person()).toString());
    }

    @Test
    void anEmptyOrMissingPersonalValueStaysAsItIs() {
        Person person = new Person();
        person.name = null;
        person.offence = "";
        assertEquals(null, AuditSnapshot.of(person).get("name"));
        assertEquals("", AuditSnapshot.of(person).get("offence"));
    }

    @Test
    void anAssociationMustBeLeftOutOrReshapedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AuditSnapshot.of(new Part()));
        assertEquals("Part.owner is an association: mark it @NotAudited and add it to the snapshot in a readable form",
                e.getMessage());
    }
}
