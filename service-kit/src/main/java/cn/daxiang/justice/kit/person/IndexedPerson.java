package cn.daxiang.justice.kit.person;

import java.time.Instant;
import java.util.UUID;

/**
 * One person of one record in the service's blind index ({@code person_index}): the record that holds them (its sync
 * resource name and id), the record it is a row of where the person is a child row (a dispute's party), its org unit,
 * the person's role there, the name (personal data: mask it per the kit's policy before it leaves), and the keyed hash
 * of the ID number ({@code null} when the record holds none) with the id of the key that made it.
 */
public record IndexedPerson(UUID id, String recordType, UUID recordId, String parentType, UUID parentId, String orgUnit,
                            String role, String name, String idHash, String keyId, Instant updatedAt) {

    /** The record a write of which keeps this row: the parent, or the record itself. */
    public String ownerType() {
        return parentType == null ? recordType : parentType;
    }

    public UUID ownerId() {
        return parentId == null ? recordId : parentId;
    }
}
