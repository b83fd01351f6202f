package cn.daxiang.justice.kit.accesslog;

import cn.daxiang.justice.kit.person.PersonSearch;
import jakarta.enterprise.inject.Instance;

import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.problem.ProblemType;
import cn.daxiang.justice.kit.requestid.RequestIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.UUID;

/**
 * Records every successful GET whose answer holds {@link PersonalData} views, after the answer is
 * built and before it is written. Writes are not recorded here: the audit log has them already.
 *
 * <p>Fails closed: when the row cannot be written, the caller gets a 500 problem instead of the
 * data, so no personal data leaves the service unrecorded. The log line names the request id and
 * the operation, never the data.
 */
public class AccessLogFilter {

    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class);

    @Inject
    AccessLog accessLog;

    @Inject
    Instance<PersonSearch> searches;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatusInfo().getFamily() != jakarta.ws.rs.core.Response.Status.Family.SUCCESSFUL
                || response.getEntity() == null) {
            return;
        }
        Set<UUID> ids = ReadRecords.of(response.getEntity());
        // a search for persons is recorded even when it found nothing: who looked for someone is what the log is for
        Set<String> search = searches.isResolvable() ? searches.get().kinds() : Set.of();
        if (ids.isEmpty() && search.isEmpty()) {
            return;
        }
        try {
            accessLog.record(request.getMethod(), request.getUriInfo().getPath(), operation(resource), ids, search);
        } catch (RuntimeException e) {
            // the row holds ids and the caller's name only, so the failure may be logged as it is
            LOG.errorf(e, "access log not written, answer withheld [requestId=%s] %s",
                    RequestIds.current(), operation(resource));
            ProblemType type = ProblemType.INTERNAL;
            response.getHeaders().remove(HttpHeaders.ETAG);
            response.setStatus(type.status());
            response.setEntity(new Problem(type.uri(), type.title(), type.status(),
                    "访问记录未能保存，数据未返回，请联系管理员并提供编号 " + RequestIds.current(),
                    request.getUriInfo().getPath(), null, null, RequestIds.current()),
                    null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    /** The operation id the contract gives the resource method, else Class#method. */
    private static String operation(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "unknown";
        }
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isBlank()
                ? operation.operationId()
                : method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }
}
