package cn.daxiang.justice.kit.problem;

/** One invalid field of a request: the JSON path or parameter name, and what is wrong with it. */
public record FieldError(String field, String message) {
}
