package cn.daxiang.justice.kit.problem;

import java.util.List;

/** An expected failure that the problem handler turns into its problem details. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Long currentVersion;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    protected ApiException(ProblemType type, String detail, List<FieldError> errors, Long currentVersion) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.currentVersion = currentVersion;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    /** 400 naming the offending field. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, message, List.of(new FieldError(field, message)), null);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, "请求中有" + errors.size() + "处字段不合规", errors, null);
    }

    /** 404 without saying whether the record exists in another office's scope. */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, "未找到" + what + "：" + id);
    }

    /** 412 carrying the server's version so the client can reload and retry. */
    public static ApiException staleVersion(long currentVersion) {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "记录已被他人修改，当前版本为 " + currentVersion + "，请刷新后重试", null, currentVersion);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }
}
