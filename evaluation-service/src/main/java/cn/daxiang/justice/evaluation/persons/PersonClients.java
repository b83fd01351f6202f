package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.evaluation.client.ServiceTokenFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * REST clients of the lines' person endpoints (issue 22), on the same base URLs as the stats clients.
 * <ul>
 * <li>{@code persons/{hash}} carries the CALLER's bearer token, passed on as it came, so that each line answers
 *     within the caller's own scope and masking (the service token would see everything);</li>
 * <li>{@code person-events} carries the evaluation service's token, as the stats calls do: the cross-line figures
 *     of a run are computed from every event of the run's org unit.</li>
 * </ul>
 */
public final class PersonClients {

    private PersonClients() {
    }

    @RegisterRestClient(configKey = "corrections")
    @Path("/api/v1/corrections/persons")
    @Produces(MediaType.APPLICATION_JSON)
    public interface Corrections {
        @GET
        @Path("/{hash}")
        Uni<LinePersonAnswer> person(@PathParam("hash") String hash, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
    }

    @RegisterRestClient(configKey = "mediation")
    @Path("/api/v1/mediation/persons")
    @Produces(MediaType.APPLICATION_JSON)
    public interface Mediation {
        @GET
        @Path("/{hash}")
        Uni<LinePersonAnswer> person(@PathParam("hash") String hash, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
    }

    @RegisterRestClient(configKey = "legal-aid")
    @Path("/api/v1/legal-aid/persons")
    @Produces(MediaType.APPLICATION_JSON)
    public interface LegalAid {
        @GET
        @Path("/{hash}")
        Uni<LinePersonAnswer> person(@PathParam("hash") String hash, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
    }

    @RegisterRestClient(configKey = "corrections")
    @RegisterProvider(ServiceTokenFilter.class)
    @Path("/api/v1/corrections/person-events")
    @Produces(MediaType.APPLICATION_JSON)
    public interface CorrectionsEvents {
        @GET
        Uni<PersonEventPage> events(@QueryParam("orgUnit") String orgUnit, @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("page") Integer page, @QueryParam("size") int size, @QueryParam("cursor") String cursor);
    }

    @RegisterRestClient(configKey = "legal-aid")
    @RegisterProvider(ServiceTokenFilter.class)
    @Path("/api/v1/legal-aid/person-events")
    @Produces(MediaType.APPLICATION_JSON)
    public interface LegalAidEvents {
        @GET
        Uni<PersonEventPage> events(@QueryParam("orgUnit") String orgUnit, @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("page") Integer page, @QueryParam("size") int size, @QueryParam("cursor") String cursor);
    }
}
