package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.kit.attachment.AttachmentCatalog;
import cn.daxiang.justice.kit.attachment.AttachmentKind;
import cn.daxiang.justice.kit.attachment.AttachmentTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The files of a person's file (一人一档) on the subject record (kit attachments): the court's judgment and the
 * enforcement notice that come with the person, the intake form, reports, photos of visits, and the instruments the
 * office issues (宣告书, 解除社区矫正证明书).
 */
@ApplicationScoped
public class CorrectionsAttachments implements AttachmentCatalog {

    /** Kinds of a subject's files; the codes are checked by the schema too (V21). */
    public static final List<AttachmentKind> SUBJECT_FILES = List.of(
            AttachmentKind.of("JUDGMENT", "判决书、裁定书或决定书"),
            AttachmentKind.of("ENFORCEMENT_NOTICE", "执行通知书"),
            AttachmentKind.of("INTAKE_FORM", "接收登记表"),
            AttachmentKind.of("REPORT", "报告"),
            AttachmentKind.images("VISIT_PHOTO", "走访照片"),
            AttachmentKind.of("ANNOUNCEMENT", "社区矫正宣告书"),
            AttachmentKind.of("RELEASE_CERTIFICATE", "解除社区矫正证明书"),
            AttachmentKind.of("OTHER", "其他"));

    @Override
    public List<AttachmentTarget> targets() {
        return List.of(AttachmentTarget.of(Subject.class, "社区矫正对象", "/api/v1/corrections/subjects", SUBJECT_FILES));
    }
}
