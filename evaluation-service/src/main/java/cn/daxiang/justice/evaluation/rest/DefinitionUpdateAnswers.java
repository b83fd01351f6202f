package cn.daxiang.justice.evaluation.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static cn.daxiang.justice.evaluation.rest.Answers.DEFINITION_EXISTS;
import static cn.daxiang.justice.evaluation.rest.Answers.INVALID;
import static cn.daxiang.justice.evaluation.rest.Answers.NOT_FOUND;
import static cn.daxiang.justice.evaluation.rest.Answers.NO_VERSION;
import static cn.daxiang.justice.evaluation.rest.Answers.STALE;

/**
 * The answers of writing a definition's next version (indicators, rules), declared once: SmallRye
 * OpenAPI reads annotations composed on an annotation as if they stood on the method.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "200", description = "Updated")
@APIResponse(responseCode = "400", description = INVALID)
@APIResponse(responseCode = "404", description = NOT_FOUND)
@APIResponse(responseCode = "409", description = DEFINITION_EXISTS)
@APIResponse(responseCode = "412", description = STALE)
@APIResponse(responseCode = "428", description = NO_VERSION)
@interface DefinitionUpdateAnswers {
}
