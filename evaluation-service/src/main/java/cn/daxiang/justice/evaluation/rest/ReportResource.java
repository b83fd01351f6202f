package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.report.ContentDisposition;
import cn.daxiang.justice.evaluation.report.CsvReport;
import cn.daxiang.justice.evaluation.report.DocxReport;
import cn.daxiang.justice.evaluation.report.ExportCsv;
import cn.daxiang.justice.evaluation.report.ExportDocument;
import cn.daxiang.justice.evaluation.report.HtmlReport;
import cn.daxiang.justice.evaluation.report.ReportDocument;
import cn.daxiang.justice.evaluation.report.XlsxReport;
import cn.daxiang.justice.evaluation.review.RunReviewService;
import cn.daxiang.justice.evaluation.service.ReportService;
import cn.daxiang.justice.kit.document.Pdf;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** The report (绩效评价报告) and the export for the provincial platform of one frozen run. */
@Path("/api/v1/evaluation/runs/{id}")
@Tag(name = "reports", description = "评价报告与数据报送 / reports and exports of runs")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "400", description = "Unknown format or chart indicator / 参数不合规")
@APIResponse(responseCode = "401", description = Answers.UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = Answers.FORBIDDEN)
@APIResponse(responseCode = "404", description = "Unknown run or outside the caller's scope / 不存在")
public class ReportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    @Inject
    ReportService reports;

    @Inject
    Pdf pdf;

    @Inject
    RunReviewService reviews;

    @GET
    @Path("/report")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, XLSX, CSV, DOCX, PDF})
    @Operation(operationId = "getRunReport", summary = "The evaluation report of a run / 绩效评价报告",
            description = "Written from the frozen run only, in Chinese and in the six parts of a 部门整体支出绩效评价报告: 基本情况 "
                    + "(unit, period, lines, data sources with their asOf), 绩效目标, 绩效评价结论 (indicators met / not met, the "
                    + "indicator table: target, actual, rate, grade, source), 主要绩效 (one section per work line with its figures in "
                    + "sentences), 存在问题 (unreachable lines, failed rules, indicators below target, warnings) and 改进建议; a line "
                    + "that could not be reached is named and its figures are never shown as 0. `format` (or else the Accept header) "
                    + "chooses: html (default; printable A4 with inline SVG charts of the indicators against targets, the ranking of "
                    + "the child org units and the yearly trend), pdf (the HTML report, A4 with page numbers, Chinese font embedded), "
                    + "docx (Word, the same parts, tables and charts), xlsx, csv (the indicator table, UTF-8 with BOM) or json "
                    + "(the structured document).")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDocument.class)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(
            @Parameter(description = "Run id / 运行编号") @PathParam("id") UUID id,
            @Parameter(description = "html (default), pdf, docx, xlsx, csv or json / 报告格式") @QueryParam("format") String format,
            @Parameter(description = "Indicator of the ranking and trend charts (default: the first rate indicator with data) / 图表指标",
                    example = "MEDIATION_SUCCESS_RATE") @QueryParam("indicator") String indicator,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String chosen = format(format, accept, "html", "html", "pdf", "docx", "xlsx", "csv", "json");
        ReportDocument doc = reports.report(id, indicator);
        String base = doc.title();
        String ascii = "evaluation-report-" + doc.orgUnit() + "-" + doc.from() + "_" + doc.to();
        return switch (chosen) {
            case "pdf" -> file(pdf.render(HtmlReport.render(doc, true)), PDF, "inline", base + ".pdf", ascii + ".pdf");
            case "docx" -> file(DocxReport.write(HtmlReport.render(doc)), DOCX, "attachment", base + ".docx", ascii + ".docx");
            case "xlsx" -> file(XlsxReport.write(doc), XLSX, "attachment", base + ".xlsx", ascii + ".xlsx");
            case "csv" -> file(CsvReport.write(doc), CSV + ";charset=UTF-8", "attachment", base + ".csv", ascii + ".csv");
            case "json" -> file(doc, MediaType.APPLICATION_JSON, "inline", base + ".json", ascii + ".json");
            default -> file(HtmlReport.render(doc), MediaType.TEXT_HTML + ";charset=UTF-8", "inline", base + ".html", ascii + ".html");
        };
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "exportRun", summary = "The values of a run for the provincial platform / 报送省级平台的数据",
            description = "One row per indicator (org unit, period from/to, indicator code, value, numerator, denominator, status, "
                    + "unit, definition version) and one per metric (name, value, source, asOf), from the frozen run. "
                    + "Stability promise: field names, indicator codes, metric names and status/source codes are never renamed "
                    + "or reused; new ones are only added (formatVersion says which fields exist), so a consumer that ignores "
                    + "what it does not know keeps working. A value that could not be computed is null with its status, never 0. "
                    + "`format`: json (default) or csv (header = the JSON field names, rowType INDICATOR or METRIC). "
                    + "Only an approved run whose figures did not change after approval is sent (issue 23): 409 otherwise.")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDocument.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "Not approved, or its figures changed after approval / 未审定或审定后数据已变更",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(description = "Run id / 运行编号") @PathParam("id") UUID id,
            @Parameter(description = "json (default) or csv / 格式") @QueryParam("format") String format) {
        String chosen = format(format, null, "json", "json", "csv");
        reviews.requireExportable(id);
        ExportDocument doc = reports.export(id);
        String ascii = "evaluation-export-" + doc.orgUnit() + "-" + doc.periodFrom() + "_" + doc.periodTo();
        return "csv".equals(chosen)
                ? file(ExportCsv.write(doc), CSV + ";charset=UTF-8", "attachment", ascii + ".csv", ascii + ".csv")
                : file(doc, MediaType.APPLICATION_JSON, "inline", ascii + ".json", ascii + ".json");
    }

    /** The format asked in {@code format}, else the first one the Accept header names, else the default; unknown: 400. */
    static String format(String format, String accept, String fallback, String... known) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            for (String k : known) {
                if (k.equals(f)) {
                    return f;
                }
            }
            throw ApiException.invalid("format", "不支持的格式：应为 " + String.join("、", known) + " 之一");
        }
        if (accept != null) {
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
                String f = switch (type) {
                    case MediaType.TEXT_HTML -> "html";
                    case XLSX -> "xlsx";
                    case DOCX -> "docx";
                    case PDF -> "pdf";
                    case CSV -> "csv";
                    case MediaType.APPLICATION_JSON -> "json";
                    default -> null;
                };
                if (f != null && Arrays.asList(known).contains(f)) {
                    return f;
                }
            }
        }
        return fallback;
    }

    private static Response file(Object entity, String type, String disposition, String name, String ascii) {
        return Response.ok(entity, type).header("Content-Disposition", ContentDisposition.of(disposition, name, ascii)).build();
    }
}
