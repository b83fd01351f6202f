package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.accesslog.AccessLogResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read which personal records of this line (the kit's access log). */
@Path("/api/v1/mediation/access-log")
@Tag(name = "mediation-access-log", description = "个人信息访问记录 / who read which personal records")
public class MediationAccessLogResource extends AccessLogResource {
}
