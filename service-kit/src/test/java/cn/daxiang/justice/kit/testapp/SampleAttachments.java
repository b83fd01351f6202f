package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.attachment.AttachmentCatalog;
import cn.daxiang.justice.kit.attachment.AttachmentKind;
import cn.daxiang.justice.kit.attachment.AttachmentTarget;
import cn.daxiang.justice.kit.attachment.Attachments;
import cn.daxiang.justice.kit.attachment.AttachmentsResource;
import cn.daxiang.justice.kit.attachment.Attachment;
import cn.daxiang.justice.kit.attachment.AttachmentSyncInput;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;

import java.util.List;

/** How a line takes attachments: its catalog of record types and kinds, a resource per record type, the feed. */
@ApplicationScoped
public class SampleAttachments implements AttachmentCatalog {

    @Override
    public List<AttachmentTarget> targets() {
        return List.of(AttachmentTarget.of(Sample.class, "样例", "/test/samples", List.of(
                AttachmentKind.of("DOCUMENT", "文书"), AttachmentKind.images("PHOTO", "照片"))));
    }

    @Produces
    @Singleton
    SyncAdapter<Attachment, AttachmentSyncInput> attachmentFeed(Attachments attachments) {
        return attachments.syncAdapter();
    }

    /** What a document generator does: stores the document it made as an attachment, from its own service method. */
    @Path("/test/samples/{id}/generated-document")
    public static class SampleDocumentResource {
        @jakarta.inject.Inject
        Attachments attachments;

        @jakarta.ws.rs.POST
        @jakarta.annotation.security.RolesAllowed({"district-admin", "township-clerk"})
        @jakarta.transaction.Transactional
        public cn.daxiang.justice.kit.attachment.AttachmentView generate(@jakarta.ws.rs.PathParam("id") java.util.UUID id) {
            byte[] pdf = cn.daxiang.justice.devsupport.testing.AttachmentFiles.pdf("generated");
            return attachments.storeGenerated("Sample", id, "DOCUMENT", "生成的文书", "文书.pdf", "application/pdf", pdf);
        }
    }

    @Path("/test/samples/{id}/attachments")
    public static class SampleAttachmentsResource extends AttachmentsResource {
    }
}
