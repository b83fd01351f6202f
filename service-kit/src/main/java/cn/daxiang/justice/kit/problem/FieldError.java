package cn.daxiang.justice.kit.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: the JSON path or parameter name, and what is wrong with it. */
// Required stated here, so that it is the same schema in every service (the gateway merges them).
@Schema(description = "One invalid field / 字段错误", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(description = "The JSON path or parameter name / 字段", example = "records[0].idNumber") String field,
        @Schema(description = "What is wrong, in Chinese / 错误说明", example = "身份证号码校验位不正确") String message) {
}
