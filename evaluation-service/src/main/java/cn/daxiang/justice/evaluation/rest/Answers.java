package cn.daxiang.justice.evaluation.rest;

/**
 * The response descriptions the evaluation contract publishes, named once (the problem content is
 * the kit's {@code ContractFilter}'s; the ETag and Location are the kit's {@code VersionTag} and
 * {@code Created}).
 */
final class Answers {

    private Answers() {
    }

    static final String UNAUTHENTICATED = "No or invalid token / 未认证";
    static final String FORBIDDEN = "Role not allowed / 无权限";
    static final String INVALID = "Invalid input / 输入不合规";
    static final String INVALID_FILTER = "Invalid filter or paging / 参数不合规";
    static final String NOT_FOUND = "Unknown or outside the caller's scope / 不存在";
    static final String STALE = "Stale version / 版本已过期";
    static final String NO_VERSION = "No version given / 缺少版本号";
    static final String IF_MATCH = "Version the change is based on, e.g. \"3\"";
    static final String ORG_UNIT = "Org unit; includes every unit below it / 机构代码（含下级）";
    static final String METRIC = "Metric name, exact / 指标名称";
    static final String CODE = "Code, exact / 代码";
    static final String ACTIVE = "Only active (true) or retired (false) definitions / 是否启用";
}
