package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.ScorecardActivation;
import cn.daxiang.justice.evaluation.api.ScorecardInput;
import cn.daxiang.justice.evaluation.api.ScorecardView;
import cn.daxiang.justice.evaluation.service.ScorecardService;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Scorecards (评分体系): the indicator system with points a run is scored against. */
@Path("/api/v1/evaluation/scorecards")
@Tag(name = "scorecards", description = "评分体系 / scorecards")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class ScorecardResource extends DefinitionResource<ScorecardInput, ScorecardView> {

    private final ScorecardService service;

    ScorecardResource(ScorecardService service) {
        super(service);
        this.service = service;
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @APIResponse(responseCode = "200", description = "Activated")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_VERSION)
    public ScorecardView activate(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                  ScorecardActivation body) {
        return service.activate(id, ifMatch, body == null ? null : body.version());
    }
}
