package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.approval.ApprovalsResource;
import jakarta.ws.rs.Path;

/** The kit's approvals under the test application's path, as a line subclasses them. */
@Path("/test/approvals")
public class SampleApprovalsResource extends ApprovalsResource {
}
