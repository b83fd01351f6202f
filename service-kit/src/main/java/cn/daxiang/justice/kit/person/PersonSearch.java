package cn.daxiang.justice.kit.person;

import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.problem.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list's search for persons by {@code name} and {@code idNumber} through the blind index ({@code person_index}), as a
 * condition on the list's query: the list keeps its scope, filters, order, paging and masking. The name matches
 * exactly, as a prefix, or with one wrong, missing or extra character ({@link NameKeys}); the ID number only in full
 * (a valid 18-character number, else 400), by its keyed hash under every configured key (a re-hash may be under way),
 * never by reading or decrypting the stored numbers. Request-scoped: it remembers what kind of search the request made,
 * which the access log records (the kind only, never the name or number).
 */
@RequestScoped
public class PersonSearch {

    /** The longest name searched for. */
    public static final int MAX_NAME = 50;

    @Inject
    PersonKeys keys;

    private final Set<String> kinds = new LinkedHashSet<>();

    /**
     * Adds to {@code query}: {@code column} (the listed record's id, or the id it refers to a person record by) is the
     * {@code recordId} (or, {@code viaParent}, the {@code parentId}) of a row of {@code recordType} matching {@code name}
     * and {@code idNumber}, each when given.
     */
    public ListQuery apply(ListQuery query, String column, String recordType, boolean viaParent, PersonQuery person) {
        return person == null ? query : apply(query, column, recordType, viaParent, blankToNull(person.name), blankToNull(person.idNumber));
    }

    /** A search of the records of {@code recordType} themselves ({@code id} is their {@code recordId}). */
    public ListQuery apply(ListQuery query, String recordType, PersonQuery person) {
        return apply(query, "id", recordType, false, person);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public ListQuery apply(ListQuery query, String column, String recordType, boolean viaParent, String name, String idNumber) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (name != null) {
            String normalized = NameKeys.normalize(name);
            if (normalized.isEmpty() || normalized.codePointCount(0, normalized.length()) > MAX_NAME) {
                throw ApiException.invalid("name", "姓名检索词须为1至" + MAX_NAME + "个字");
            }
            String[] typo = NameKeys.query(normalized);
            parameters.put("personNamePrefix", escapeLike(normalized) + "%");
            if (typo.length > 0) {
                parameters.put("personNameKeys", typo);
                conditions.add("(p.name like :personNamePrefix escape '\\' or array_intersects(p.nameKeys, :personNameKeys))");
            } else {
                conditions.add("p.name like :personNamePrefix escape '\\'");
            }
            kinds.add("name");
        }
        if (idNumber != null) {
            if (!ResidentIdNumber.isValid(idNumber)) {
                throw ApiException.invalid("idNumber", "身份证号码检索须为完整、有效的18位号码（不支持部分号码）");
            }
            parameters.put("personIdHashes", keys.keyIds().stream().map(k -> keys.hash(k, idNumber)).toList());
            conditions.add("p.idHash in :personIdHashes");
            kinds.add("idNumber");
        }
        if (conditions.isEmpty()) {
            return query;
        }
        parameters.put("personRecordType", recordType);
        return query.and(column + " in (select p." + (viaParent ? "parentId" : "recordId")
                + " from PersonIndexEntry p where p.recordType = :personRecordType and " + String.join(" and ", conditions) + ")", parameters);
    }

    /**
     * A read of one person by the keyed hash of the ID number (the person view, a line's persons/{hash}): recorded in the
     * access log as a search by {@code hash} even when nothing in the caller's scope was found.
     */
    public void byHash() {
        kinds.add("hash");
    }

    /** What kinds of search this request made ({@code name}, {@code idNumber}); empty when none. */
    public Set<String> kinds() {
        return Set.copyOf(kinds);
    }

    public boolean searched() {
        return !kinds.isEmpty();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
