package cn.daxiang.justice.evaluation.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * MicroProfile REST clients of the three lines' stats endpoints (base URLs in
 * {@code quarkus.rest-client.<line>.url}); each call carries the evaluation service's bearer token.
 * {@code groupBy=child} asks for the org unit and each of its direct children in one answer.
 * The fault tolerance around them is in {@link LineStatsService}.
 */
public final class StatsClients {

    private StatsClients() {
    }

    @RegisterRestClient(configKey = "corrections")
    @RegisterProvider(ServiceTokenFilter.class)
    @Path("/api/v1/corrections/stats")
    @Produces(MediaType.APPLICATION_JSON)
    public interface Corrections {
        @GET
        Uni<StatsAnswer> stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("orgUnit") String orgUnit,
                               @QueryParam("groupBy") String groupBy);
    }

    @RegisterRestClient(configKey = "mediation")
    @RegisterProvider(ServiceTokenFilter.class)
    @Path("/api/v1/mediation/stats")
    @Produces(MediaType.APPLICATION_JSON)
    public interface Mediation {
        @GET
        Uni<StatsAnswer> stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("orgUnit") String orgUnit,
                               @QueryParam("groupBy") String groupBy);
    }

    @RegisterRestClient(configKey = "legal-aid")
    @RegisterProvider(ServiceTokenFilter.class)
    @Path("/api/v1/legal-aid/stats")
    @Produces(MediaType.APPLICATION_JSON)
    public interface LegalAid {
        @GET
        Uni<StatsAnswer> stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("orgUnit") String orgUnit,
                               @QueryParam("groupBy") String groupBy);
    }
}
