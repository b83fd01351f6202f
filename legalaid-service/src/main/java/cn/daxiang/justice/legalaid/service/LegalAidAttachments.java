package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.attachment.AttachmentCatalog;
import cn.daxiang.justice.kit.attachment.AttachmentKind;
import cn.daxiang.justice.kit.attachment.AttachmentTarget;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The files of an application (the applicant's materials and proof of financial hardship, the decision) and of a case
 * (the decision, the assignment notice, the closing materials), kit attachments. The codes are checked by the schema
 * too (V14).
 */
@ApplicationScoped
public class LegalAidAttachments implements AttachmentCatalog {

    /** 给予或不予法律援助决定书: on the application it decides, and on the case it opens. */
    public static final AttachmentKind DECISION = AttachmentKind.of("DECISION", "决定书");
    public static final AttachmentKind OTHER = AttachmentKind.of("OTHER", "其他");

    public static final List<AttachmentKind> APPLICATION_FILES = List.of(
            AttachmentKind.of("APPLICATION_MATERIAL", "申请材料"),
            AttachmentKind.of("FINANCIAL_STATUS", "经济状况证明"),
            DECISION, OTHER);

    public static final List<AttachmentKind> CASE_FILES = List.of(
            DECISION,
            AttachmentKind.of("ASSIGNMENT_NOTICE", "指派通知书"),
            AttachmentKind.of("CLOSING_MATERIAL", "结案材料"),
            OTHER);

    @Override
    public List<AttachmentTarget> targets() {
        return List.of(
                AttachmentTarget.of(Application.class, "法律援助申请", "/api/v1/legal-aid/applications", APPLICATION_FILES),
                AttachmentTarget.of(LegalAidCase.class, "法律援助案件", "/api/v1/legal-aid/cases", CASE_FILES));
    }
}
