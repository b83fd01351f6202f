package cn.daxiang.justice.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem details body. Titles are Chinese because officials read them; {@code type}
 * is a stable URN that clients switch on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details / 错误说明", requiredProperties = {"type", "title", "status"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        Long currentVersion,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
