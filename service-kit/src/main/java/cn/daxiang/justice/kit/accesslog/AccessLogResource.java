package cn.daxiang.justice.kit.accesslog;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Who read which personal records of a line, over the kit's {@link AccessLog}. A line declares an
 * empty subclass with its {@code @Path} and {@code @Tag}; the role sits on the method.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AccessLogResource {

    @Inject
    protected AccessLog accessLog;

    @GET
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "kit.accessLog", summary = AccessLog.SUMMARY, description = AccessLog.DESCRIPTION)
    public PageResult<AccessLogView> list(@Valid @BeanParam AccessLogQuery filter, @Valid @BeanParam PageRequest page) {
        return accessLog.page(filter, page);
    }
}
