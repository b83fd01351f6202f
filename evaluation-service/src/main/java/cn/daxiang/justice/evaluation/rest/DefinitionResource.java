package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.DefinitionInput;
import cn.daxiang.justice.evaluation.api.DefinitionVersionView;
import cn.daxiang.justice.evaluation.service.DefinitionService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Identified;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** A versioned definition's resource (indicators, rules): a PUT writes a new version and every version is kept. */
public abstract class DefinitionResource<I extends DefinitionInput, V extends Identified> extends RecordResource<I, V> {

    private final DefinitionService<?, I, V> service;

    DefinitionResource(DefinitionService<?, I, V> service) {
        super(service);
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<V> list(@Parameter(description = CODE) @QueryParam("code") String code,
                              @Parameter(description = ACTIVE) @QueryParam("active") Boolean active,
                              @Valid @BeanParam PageRequest page) {
        return service.list(code, active, page);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
    @APIResponse(responseCode = "200", description = "All versions")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public DefinitionVersionView versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }
}
