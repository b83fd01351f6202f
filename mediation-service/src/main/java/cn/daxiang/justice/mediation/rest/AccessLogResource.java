package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.accesslog.AccessLog;
import cn.daxiang.justice.kit.accesslog.AccessLogQuery;
import cn.daxiang.justice.kit.accesslog.AccessLogView;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who read which personal records of this line: a thin resource over the kit's access log (declared
 * here rather than inherited, so that the contract sees its roles and its own operation id).
 */
@Path("/api/v1/mediation/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation-access-log", description = "个人信息访问记录 / who read which personal records")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class AccessLogResource {

    @Inject
    AccessLog accessLog;

    @GET
    @Operation(operationId = "mediationAccessLog", summary = AccessLog.SUMMARY, description = AccessLog.DESCRIPTION)
    public PageResult<AccessLogView> list(@Valid @BeanParam AccessLogQuery filter, @Valid @BeanParam PageRequest page) {
        return accessLog.page(filter, page);
    }
}
