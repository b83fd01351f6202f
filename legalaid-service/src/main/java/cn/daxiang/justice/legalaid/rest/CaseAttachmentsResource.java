package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.attachment.AttachmentsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's files (LegalAidAttachments): the kit's attachments under the case. */
@Path("/api/v1/legal-aid/cases/{id}/attachments")
@Tag(name = "cases", description = "法律援助案件（指派、听庭、结案、终止、质量评查、回访） / legal aid cases")
public class CaseAttachmentsResource extends AttachmentsResource {
}
