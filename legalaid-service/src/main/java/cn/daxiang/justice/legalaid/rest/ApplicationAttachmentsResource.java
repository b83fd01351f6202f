package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.attachment.AttachmentsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An application's files (LegalAidAttachments): the kit's attachments under the application. */
@Path("/api/v1/legal-aid/applications/{id}/attachments")
@Tag(name = "applications", description = "法律援助申请（受理、不予援助、补充材料） / legal aid applications")
public class ApplicationAttachmentsResource extends AttachmentsResource {
}
