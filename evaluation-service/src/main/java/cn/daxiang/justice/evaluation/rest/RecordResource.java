package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.rest.Identified;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/**
 * The resource of an evaluation record (targets, manual figures; indicators and rules through
 * {@link DefinitionResource}): create, read, and replace naming the version the change is based on.
 * A subclass keeps its {@code @Path}, tag, class-level answers and typed list. The roles sit on the
 * methods, where the security check sees them; the per-class operation ids, summaries and
 * descriptions, and the security the scanner leaves off inherited methods, are in
 * {@code META-INF/openapi.yaml}, by path.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RecordResource<I extends SyncInput, V extends Identified> {

    private final RecordService<?, I, V> service;

    RecordResource(RecordService<?, I, V> service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409")
    public RestResponse<V> create(@Valid @NotNull I input, @Context UriInfo uri) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public V get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_VERSION)
    public V update(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                    @Valid @NotNull I input) {
        return service.update(id, ifMatch, input);
    }
}
