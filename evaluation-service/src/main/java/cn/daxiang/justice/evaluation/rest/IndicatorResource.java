package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.IndicatorInput;
import cn.daxiang.justice.evaluation.api.IndicatorView;
import cn.daxiang.justice.evaluation.service.IndicatorService;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static cn.daxiang.justice.evaluation.rest.Answers.FORBIDDEN;
import static cn.daxiang.justice.evaluation.rest.Answers.UNAUTHENTICATED;

/** Indicator definitions (评价指标). */
@Path("/api/v1/evaluation/indicators")
@Tag(name = "indicators", description = "评价指标 / indicator definitions")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class IndicatorResource extends DefinitionResource<IndicatorInput, IndicatorView> {

    IndicatorResource(IndicatorService service) {
        super(service);
    }
}
