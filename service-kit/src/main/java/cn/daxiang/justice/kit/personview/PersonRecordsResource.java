package cn.daxiang.justice.kit.personview;

import cn.daxiang.justice.kit.person.IndexedPerson;
import cn.daxiang.justice.kit.person.PersonIndex;
import cn.daxiang.justice.kit.person.PersonSearch;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * A line's records of one person, by the keyed hash of the ID number (issue 22): what the person view of the evaluation
 * service asks each line with the caller's own token. A line declares a subclass with its {@code @Path}
 * ({@code /api/v1/<line>/persons}), its {@code @Tag} and where each record type's records are served
 * ({@link #collections()}). The rows come from the kit's blind index ({@code person_index}); only those in the caller's
 * scope are answered, masked as one record (a person's file) is for the caller's role, and none at all is an empty list.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class PersonRecordsResource {

    /** base64url without padding of an HMAC-SHA256: 43 characters. */
    public static final String HASH = "^[A-Za-z0-9_-]{43}$";

    @Inject
    protected PersonIndex index;

    @Inject
    protected CallerScope caller;

    @Inject
    protected PersonalDataPolicy policy;

    @Inject
    protected PersonSearch search;

    /** Record type (sync resource name) → the API path of its collection, e.g. {@code subjects → /api/v1/corrections/subjects}. */
    protected abstract Map<String, String> collections();

    @GET
    @Path("/{hash}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER, Roles.EVALUATOR})
    @Operation(operationId = "kit.personRecords", summary = "This line's records of a person, by the keyed hash of the ID number / 按身份证号哈希查询本业务线记录",
            description = "The records in the caller's scope, with links, masked as a single record is for the caller's role; none is an "
                    + "empty list, never 403 or 404. Read through the blind index: no ID number is compared or returned.")
    @APIResponse(responseCode = "200", description = "The records in the caller's scope (maybe none)")
    @APIResponse(responseCode = "400", description = "Not a hash / 不是有效的哈希值",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonRecords person(
            @Parameter(description = "Keyed hash of the ID number (base64url, 43 characters) / 身份证号的密钥哈希",
                    example = "q5Xq3d0y7Q2rJcXQGd3mJmH5nYkqk8b4h1cX0y2t9wE")
            @PathParam("hash") @Pattern(regexp = HASH, message = "不是有效的身份证号哈希值（43位base64url字符）") String hash) {
        search.byHash();
        Disclosure disclosure = policy.single();
        List<PersonRecordView> records = index.byHash(hash).stream()
                .filter(p -> caller.covers(p.orgUnit()))
                .map(p -> view(p, disclosure)).toList();
        return new PersonRecords(hash, records);
    }

    private PersonRecordView view(IndexedPerson p, Disclosure disclosure) {
        String collection = collections().get(p.ownerType());
        String href = collection == null ? null : collection + "/" + p.ownerId();
        return new PersonRecordView(p.recordType(), p.recordId(), p.parentType(), p.parentId(), href, p.orgUnit(), p.role(),
                disclosure.name(p.name()), p.updatedAt());
    }
}
