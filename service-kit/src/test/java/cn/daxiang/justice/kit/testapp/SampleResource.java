package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.idnumber.ResidentId;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import cn.daxiang.justice.kit.stats.StatsRequest;
import cn.daxiang.justice.kit.stats.StatsResponse;
import cn.daxiang.justice.kit.stats.StatsSupport;
import cn.daxiang.justice.kit.sync.SyncInput;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A resource written the way the services write theirs, to test the kit end to end. */
@Path("/test/samples")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class SampleResource {

    public record SampleInput(
            UUID id,
            @NotNull @KnownOrgUnit String orgUnit,
            @NotBlank @Size(max = 50) String name,
            @ResidentId String idNumber,
            @NotNull Sample.Kind kind,
            @Min(0) @Max(1000) int amount,
            @NotNull LocalDate happenedOn,
            LocalDate doneOn,
            LocalDate stoppedFrom,
            LocalDate stoppedUntil,
            Long version) implements SyncInput {
    }

    @PersonalData
    public record SampleView(UUID id, String orgUnit, long version, String name, String idNumber,
                             Sample.Kind kind, int amount, LocalDate happenedOn, List<Deadline> deadlines) {
    }

    @Inject
    CallerScope caller;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    SampleService samples;

    @POST
    @Transactional
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    public Response create(@Valid @NotNull SampleInput input) {
        return Response.status(201).entity(samples.create(input)).build();
    }

    @GET
    public PageResult<SampleView> list(@Valid @BeanParam PageRequest page, @QueryParam("name") String name,
                                       @QueryParam("namePrefix") String namePrefix, @QueryParam("kind") Sample.Kind kind,
                                       @QueryParam("orgUnit") String orgUnit) {
        Sort sort = page.toSort(Map.of("name", "name", "happenedOn", "happenedOn"), Sort.by("createdAt").and("id"));
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("name = :name", "name", name)
                .and("name like :namePrefix", "namePrefix", namePrefix == null ? null : namePrefix + "%")
                .and("kind = :kind", "kind", kind);
        Disclosure disclosure = personalData.bulk();
        return PageResult.of(Sample.class, query, sort, page, s -> view(s, disclosure));
    }

    @GET
    @Path("/{id}")
    public SampleView get(@PathParam("id") UUID id) {
        return samples.get(id);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    public SampleView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SampleInput input) {
        return samples.update(id, ifMatch, input);
    }

    @Inject
    Approvals approvals;

    /** Opens the sample's request for approval, as a line's action does; the request's id. */
    @POST
    @Path("/{id}/approval-request")
    @Transactional
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    public UUID requestApproval(@PathParam("id") UUID id) {
        Sample sample = Sample.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return approvals.request(SampleApprovals.KIND, sample, "样例申请理由", null).id;
    }

    /** The matter of the sample is over, as a line's ending action: its open requests are withdrawn; how many. */
    @POST
    @Path("/{id}/matter-ended")
    @Transactional
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    public int matterEnded(@PathParam("id") UUID id) {
        Sample.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return approvals.withdrawPending(Sample.class, java.util.List.of(id), "样例已办结，申请自动撤回").size();
    }

    /** Inserts a row with an existing id behind Hibernate's back: the database says 23505. */
    @POST
    @Path("/{id}/duplicate")
    @Transactional
    public void duplicate(@PathParam("id") UUID id) {
        Sample.getEntityManager().createNativeQuery(
                "INSERT INTO sample SELECT * FROM sample WHERE id = :id").setParameter("id", id).executeUpdate();
    }

    @Inject
    StatsSupport stats;

    /** A stats endpoint written the way the lines write theirs: one SQL aggregate. */
    @GET
    @Path("/stats")
    public StatsResponse stats(@BeanParam StatsRequest request) {
        StatsPeriod period = stats.resolve(request);
        Object[] row = (Object[]) Sample.getEntityManager().createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE kind = 'BETA')
                FROM sample WHERE org_unit LIKE :scope AND happened_on BETWEEN :from AND :to
                """).setParameter("scope", period.likePattern())
                .setParameter("from", period.fromOrEpoch()).setParameter("to", period.to()).getSingleResult();
        Map<String, Number> metrics = new java.util.LinkedHashMap<>();
        metrics.put("sample.total", ((Number) row[0]).longValue());
        metrics.put("sample.beta", ((Number) row[1]).longValue());
        return stats.answer(period, metrics);
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail 430503199001011234");
    }

    static SampleView view(Sample s, Disclosure disclosure) {
        return new SampleView(s.id, s.orgUnit, s.version, disclosure.name(s.name), disclosure.idNumber(s.idNumber),
                s.kind, s.amount, s.happenedOn, Arc.container().instance(Deadlines.class).get().of(s));
    }
}
