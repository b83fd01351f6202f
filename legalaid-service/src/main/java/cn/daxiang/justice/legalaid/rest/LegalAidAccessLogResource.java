package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.accesslog.AccessLogResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read which personal records of this line (the kit's access log). */
@Path("/api/v1/legal-aid/access-log")
@Tag(name = "legal-aid-access-log", description = "个人信息访问记录 / who read which personal records")
public class LegalAidAccessLogResource extends AccessLogResource {
}
