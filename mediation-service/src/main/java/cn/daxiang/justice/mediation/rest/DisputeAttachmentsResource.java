package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.attachment.AttachmentsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A dispute's files (MediationAttachments): the kit's attachments under the dispute. */
@Path("/api/v1/mediation/disputes/{id}/attachments")
@Tag(name = "disputes", description = "矛盾纠纷 / disputes and their mediation")
public class DisputeAttachmentsResource extends AttachmentsResource {
}
