package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.persons.PersonLookupInput;
import cn.daxiang.justice.evaluation.persons.PersonView;
import cn.daxiang.justice.evaluation.persons.PersonViewService;
import cn.daxiang.justice.kit.accesslog.AccessLog;
import cn.daxiang.justice.kit.person.PersonKeys;
import cn.daxiang.justice.kit.person.PersonSearch;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.daxiang.justice.evaluation.rest.Answers.FORBIDDEN;
import static cn.daxiang.justice.evaluation.rest.Answers.INVALID;
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
    private final PersonKeys keys;
    private final AccessLog accessLog;
    private final PersonSearch search;

    PersonResource(PersonViewService persons, PersonKeys keys, AccessLog accessLog, PersonSearch search) {
        this.persons = persons;
        this.keys = keys;
        this.accessLog = accessLog;
        this.search = search;
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
        search.byHash(); // recorded even when the caller may see nothing of the person
        return persons.view(hash, authorization);
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookupPerson", summary = "The same by the ID number itself, sent in the body / 按身份证号查询跨业务线人员",
            description = "The number is hashed here with the platform's key (the kit's PersonKeys) and the lines are asked by the hash, "
                    + "as GET /api/v1/persons/{hash}; the number is neither stored nor logged, and the read is in the access log.")
    @APIResponse(responseCode = "200", description = "As GET /api/v1/persons/{hash}, with the hash")
    @APIResponse(responseCode = "400", description = INVALID)
    public PersonView lookup(@Valid @NotNull(message = "请求体不能为空") PersonLookupInput input,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
        PersonView view = persons.view(keys.hash(input.idNumber()), authorization);
        // the kit's filter records GET answers; this read is a POST (to keep the number out of URLs), so it is recorded here
        accessLog.record("POST", uri.getPath(), "lookupPerson", PersonViewService.recordIds(view), List.of("idNumber"));
        return view;
    }
}
