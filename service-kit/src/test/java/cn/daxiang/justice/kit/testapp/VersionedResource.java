package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.rest.Identified;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** Views answered the way the lines answer theirs: the kit sets ETag and Location, the methods return views. */
@Path("/test/versioned")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class VersionedResource {

    public record Note(UUID id, long version, String text) implements Versioned {
    }

    public record NoteInput(String text) {
    }

    /** A view with an id but no version of its own to offer. */
    public record Receipt(UUID id, String text) implements Identified {
    }

    static final UUID MISSING = new UUID(0, 0);

    @Context
    UriInfo uri;

    @POST
    public RestResponse<Note> create(NoteInput input) {
        return Created.at(uri, new Note(UUID.randomUUID(), 1, input.text()));
    }

    @GET
    public List<Note> list() {
        return List.of(new Note(UUID.randomUUID(), 2, "a"), new Note(UUID.randomUUID(), 5, "b"));
    }

    @GET
    @Path("/{id}")
    public Note get(@PathParam("id") UUID id) {
        if (MISSING.equals(id)) {
            throw ApiException.notFound("样例", id);
        }
        return new Note(id, 3, "read");
    }

    @PUT
    @Path("/{id}")
    public Note update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, NoteInput input) {
        return new Note(id, 4, input.text());
    }

    /** Created through this resource, living in another's collection. */
    @POST
    @Path("/{id}/samples")
    @APIResponse(responseCode = "201", description = "Handed over", content = @Content(schema = @Schema(implementation = Note.class)))
    @APIResponse(responseCode = "409", description = "Handed over already / 已移交")
    public RestResponse<Note> handOver(@PathParam("id") UUID id, NoteInput input) {
        return Created.in(uri, SampleResource.class, new Note(UUID.randomUUID(), 1, input.text()));
    }

    /** An action whose record lives in a collection of another name, as a dispute's follow-up does. */
    @POST
    @Path("/{id}/follow-up")
    public RestResponse<Note> followUp(@PathParam("id") UUID id, NoteInput input) {
        return Created.in(uri.getBaseUriBuilder().path(VersionedResource.class).path(id + "/follow-ups"),
                new Note(UUID.randomUUID(), 1, input.text()));
    }

    @POST
    @Path("/{id}/receipts")
    public RestResponse<Receipt> receipt(@PathParam("id") UUID id, NoteInput input) {
        return Created.at(uri, new Receipt(UUID.randomUUID(), input.text()));
    }
}
