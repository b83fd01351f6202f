package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.OrgUnitList;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The org-unit reference data every service validates codes against, for any authenticated caller. */
@Path("/api/v1/evaluation/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "org-units", description = "机构代码 / org-unit reference data")
@Authenticated
public class OrgUnitResource {

    @Inject
    OrgUnitDirectory directory;

    @GET
    @Operation(operationId = "listOrgUnits", summary = "The org-unit tree / 机构树",
            description = "Every org unit of the reference data: province, city, district, townships and streets, villages and "
                    + "communities, with the days each held its name and, for a merged township, the unit it went into.")
    @APIResponse(responseCode = "200", description = "All org units")
    @APIResponse(responseCode = "401", description = Answers.UNAUTHENTICATED)
    public OrgUnitList list() {
        return new OrgUnitList(directory.all());
    }
}
