package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.persons.PersonView;
import cn.daxiang.justice.evaluation.persons.PersonViewService;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static cn.daxiang.justice.evaluation.rest.Answers.FORBIDDEN;
import static cn.daxiang.justice.evaluation.rest.Answers.UNAUTHENTICATED;

/**
 * One person across the lines (issue 22): each line answers with the caller's own token, so each applies its own
 * scope and masking; the read is in the access log with the record ids.
 */
@Path("/api/v1/persons")
@Tag(name = "persons", description = "跨业务线人员视图 / one person across the lines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class PersonResource {

    /** base64url without padding of an HMAC-SHA256: 43 characters. */
    static final String HASH = "^[A-Za-z0-9_-]{43}$";

    private final PersonViewService persons;

    PersonResource(PersonViewService persons) {
        this.persons = persons;
    }

    @GET
    @Path("/{hash}")
    @Operation(operationId = "getPerson", summary = "Which lines hold records of a person, by the keyed hash of the ID number / 跨业务线人员视图")
    @APIResponse(responseCode = "200", description = "The lines' records the caller may see; a line down is marked unavailable")
    @APIResponse(responseCode = "400", description = "Not a hash / 不是有效的哈希值")
    public PersonView get(
            @Parameter(description = "Keyed hash of the ID number (base64url, 43 characters) / 身份证号的密钥哈希",
                    example = "q5Xq3d0y7Q2rJcXQGd3mJmH5nYkqk8b4h1cX0y2t9wE")
            @PathParam("hash") @Pattern(regexp = HASH, message = "不是有效的身份证号哈希值（43位base64url字符）") String hash,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return persons.view(hash, authorization);
    }
}
