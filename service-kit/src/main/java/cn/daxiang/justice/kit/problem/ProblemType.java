package cn.daxiang.justice.kit.problem;

/** The kinds of problem the platform answers, each with its status and Chinese title. */
public enum ProblemType {
    VALIDATION(400, "请求参数校验失败"),
    MALFORMED_JSON(400, "请求体不是有效的JSON"),
    BAD_REQUEST(400, "请求无效"),
    UNAUTHORIZED(401, "未认证或令牌无效"),
    FORBIDDEN(403, "无权执行此操作"),
    NOT_FOUND(404, "记录不存在"),
    METHOD_NOT_ALLOWED(405, "不支持的请求方法"),
    NOT_ACCEPTABLE(406, "不支持的响应格式"),
    CONFLICT(409, "与记录当前状态冲突"),
    PRECONDITION_FAILED(412, "记录已被修改，版本不一致"),
    PAYLOAD_TOO_LARGE(413, "请求体过大"),
    UNSUPPORTED_MEDIA_TYPE(415, "不支持的请求格式"),
    UNPROCESSABLE(422, "请求无法处理"),
    PRECONDITION_REQUIRED(428, "缺少版本号"),
    TOO_MANY_REQUESTS(429, "请求过于频繁"),
    INTERNAL(500, "服务器内部错误"),
    UNAVAILABLE(503, "服务暂不可用");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:judicial-platform:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The type that fits an HTTP status the framework raised by itself (405, 415, ...). */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != MALFORMED_JSON && t != VALIDATION) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
