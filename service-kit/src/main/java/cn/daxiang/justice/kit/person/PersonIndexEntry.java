package cn.daxiang.justice.kit.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code person_index} (kit migration V10); read it as an {@link IndexedPerson}. */
@Entity
@Table(name = "person_index")
public class PersonIndexEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(name = "parent_type")
    public String parentType;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(name = "role", nullable = false)
    public String role;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "name_keys", nullable = false)
    public String[] nameKeys;

    @Column(name = "id_hash")
    public String idHash;

    @Column(name = "key_id")
    public String keyId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public IndexedPerson view() {
        return new IndexedPerson(id, recordType, recordId, parentType, parentId, orgUnit, role, name, idHash, keyId, updatedAt);
    }
}
