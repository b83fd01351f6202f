package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.ManualFigureInput;
import cn.daxiang.justice.evaluation.api.ManualFigureView;
import cn.daxiang.justice.evaluation.calc.CatalogEntry;
import cn.daxiang.justice.evaluation.service.ManualFigureCatalog;
import cn.daxiang.justice.evaluation.service.ManualFigureService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Figures entered by hand (人工填报) for lines without a service and for years before the records begin. */
@Path("/api/v1/evaluation/manual-figures")
@Tag(name = "manual-figures", description = "人工填报 / manual figures")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class ManualFigureResource extends RecordResource<ManualFigureInput, ManualFigureView> {

    private final ManualFigureService service;

    ManualFigureResource(ManualFigureService service) {
        super(service);
        this.service = service;
    }

    @GET
    @Path("catalog")
    @Operation(operationId = "listManualFigureCatalog", summary = "The manual-figure catalog / 人工填报目录")
    @APIResponse(responseCode = "200", description = "Every entry in report order")
    public List<CatalogEntry> catalog() {
        return ManualFigureCatalog.entries();
    }

    @GET
    @Operation(operationId = "listManualFigures", summary = "List manual figures in the caller's scope / 查询人工填报数据")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<ManualFigureView> list(
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = METRIC, example = "reconsideration.received") @QueryParam("metric") String metric,
            @Parameter(description = "Periods ending on or after / 期间截止不早于", example = "2021-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods starting on or before / 期间起始不晚于", example = "2021-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, metric, from, to, page);
    }
}
