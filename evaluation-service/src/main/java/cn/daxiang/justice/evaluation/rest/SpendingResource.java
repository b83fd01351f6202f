package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.SpendingImportResult;
import cn.daxiang.justice.evaluation.api.SpendingInput;
import cn.daxiang.justice.evaluation.api.SpendingView;
import cn.daxiang.justice.evaluation.domain.Fund;
import cn.daxiang.justice.evaluation.report.ContentDisposition;
import cn.daxiang.justice.evaluation.service.SpendingService;
import cn.daxiang.justice.evaluation.spending.SpendingSheet;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Budget and expenditure (预算与支出) per year, org unit and fund: entered one by one, or imported from the published XLSX layout. */
@Path("/api/v1/evaluation/spending")
@Tag(name = "spending", description = "预算与支出 / budget and expenditure")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class SpendingResource extends RecordResource<SpendingInput, SpendingView> {

    /** What every XLSX (a zip archive) starts with. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final SpendingService service;
    private final SpendingSheet sheet;

    SpendingResource(SpendingService service, SpendingSheet sheet) {
        super(service);
        this.service = service;
        this.sheet = sheet;
    }

    @GET
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<SpendingView> list(
            @Parameter(description = "Year / 年度", example = "2021") @QueryParam("year") Integer year,
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "BASIC or PROJECT / 资金类型") @QueryParam("fund") Fund fund,
            @Parameter(description = "Project code / 项目代码", example = "legalAidSubsidy") @QueryParam("projectCode") String projectCode,
            @Valid @BeanParam PageRequest page) {
        return service.list(year, orgUnit, fund, projectCode, page);
    }

    @GET
    @Path("/template.xlsx")
    @Produces(ReportResource.XLSX)
    @APIResponse(responseCode = "200", description = "The empty layout")
    public Response template() {
        return Response.ok(SpendingSheet.template(), ReportResource.XLSX)
                .header("Content-Disposition", ContentDisposition.of("attachment", "预算支出导入模板.xlsx", "spending-template.xlsx")).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "415", description = "Not an XLSX file / 不是XLSX文件")
    public SpendingImportResult importSheet(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw ApiException.invalid("file", "请上传XLSX文件（表单字段 file）");
        }
        List<SpendingInput> rows;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            byte[] head = in.readNBytes(ZIP.length);
            if (!Arrays.equals(head, ZIP)) {
                throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "导入文件应为XLSX格式（Excel 2007及以上），请使用导入模板");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            rows = sheet.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return service.importRows(rows);
    }
}
