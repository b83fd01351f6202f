package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.RecordView;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * How the evaluation resources answer: a record's version is its ETag, set here once for every
 * answer that carries a {@link RecordView}; a create answers 201 with its Location. The response
 * descriptions the contract publishes for evaluation are named here once (the problem content is
 * the kit's {@code ContractFilter}'s).
 */
public class Answers {

    static final String UNAUTHENTICATED = "No or invalid token / 未认证";
    static final String FORBIDDEN = "Role not allowed / 无权限";
    static final String INVALID = "Invalid input / 输入不合规";
    static final String INVALID_FILTER = "Invalid filter or paging / 参数不合规";
    static final String NOT_FOUND = "Unknown or outside the caller's scope / 不存在";
    static final String STALE = "Stale version / 版本已过期";
    static final String NO_VERSION = "No version given / 缺少版本号";
    static final String IF_MATCH = "Version the change is based on, e.g. \"3\"";
    static final String UPDATE = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.";
    static final String DEFINITION_UPDATE = "The code cannot change. " + UPDATE;
    static final String DEFINITION_EXISTS = "The id or the code exists already / 记录已存在";
    static final String VERSIONS = "Every version ever written, oldest first; a run names the version it used.";
    static final String ORG_UNIT = "Org unit; includes every unit below it / 机构代码（含下级）";
    static final String METRIC = "Metric name, exact / 指标名称";
    static final String CODE = "Code, exact / 代码";
    static final String ACTIVE = "Only active (true) or retired (false) definitions / 是否启用";

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getEntity() instanceof RecordView view && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(String.valueOf(view.version())));
        }
    }

    /** 201 with the new record's Location under the request's path. */
    static <V extends RecordView> RestResponse<V> created(UriInfo uri, V view) {
        return RestResponse.ResponseBuilder.<V>created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view).build();
    }
}
