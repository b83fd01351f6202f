package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.sync.ChangePage;
import cn.daxiang.justice.kit.sync.SyncEndpoint;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** How a service exposes sync: a thin resource over the kit's endpoint. */
@Path("/test/sync")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class SampleSyncResource {

    @Inject
    SyncEndpoint sync;

    @POST
    @Path("/{resource}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    public Response upload(@PathParam("resource") String resource, @HeaderParam("Idempotency-Key") String key, String body)
            throws JsonProcessingException {
        return sync.upload(resource, body, key);
    }

    @GET
    @Path("/{resource}/changes")
    public ChangePage changes(@PathParam("resource") String resource, @QueryParam("since") String since,
                              @QueryParam("limit") Integer limit) {
        return sync.changes(resource, since, limit);
    }
}
