package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.kit.attachment.AttachmentsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A subject's files (CorrectionsAttachments): the kit's attachments under the subject. */
@Path("/api/v1/corrections/subjects/{id}/attachments")
@Tag(name = "subjects", description = "社区矫正对象 / community corrections subjects, their life cycle and file")
public class SubjectAttachmentsResource extends AttachmentsResource {
}
