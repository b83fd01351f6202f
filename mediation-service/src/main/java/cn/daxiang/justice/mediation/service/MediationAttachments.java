package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.attachment.AttachmentCatalog;
import cn.daxiang.justice.kit.attachment.AttachmentKind;
import cn.daxiang.justice.kit.attachment.AttachmentTarget;
import cn.daxiang.justice.mediation.domain.Dispute;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The files of a dispute and its dossier (卷宗), kit attachments: what the parties bring, the agreement, photos. */
@ApplicationScoped
public class MediationAttachments implements AttachmentCatalog {

    /** Kinds of a dispute's files; the codes are checked by the schema too (V13). */
    public static final List<AttachmentKind> DISPUTE_FILES = List.of(
            AttachmentKind.of("APPLICATION_MATERIAL", "申请材料"),
            AttachmentKind.of("AGREEMENT", "调解协议书"),
            AttachmentKind.images("PHOTO", "照片"),
            AttachmentKind.of("OTHER", "其他"));

    @Override
    public List<AttachmentTarget> targets() {
        return List.of(AttachmentTarget.of(Dispute.class, "矛盾纠纷", "/api/v1/mediation/disputes", DISPUTE_FILES));
    }
}
