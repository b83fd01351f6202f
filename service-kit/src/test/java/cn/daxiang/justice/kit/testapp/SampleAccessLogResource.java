package cn.daxiang.justice.kit.testapp;

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

/** How a service exposes its access log: a thin resource over the kit's. */
@Path("/test/access-log")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class SampleAccessLogResource {

    @Inject
    AccessLog accessLog;

    @GET
    public PageResult<AccessLogView> list(@Valid @BeanParam AccessLogQuery filter, @Valid @BeanParam PageRequest page) {
        return accessLog.page(filter, page);
    }
}
