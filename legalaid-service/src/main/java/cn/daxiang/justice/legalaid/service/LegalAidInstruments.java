package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.clock.Period;
import cn.daxiang.justice.kit.clock.WorkingCalendar;
import cn.daxiang.justice.kit.document.InstrumentCatalog;
import cn.daxiang.justice.kit.document.InstrumentKind;
import cn.daxiang.justice.kit.document.Numbering;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.ApplicationStatus;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.HardshipExemption;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.domain.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.daxiang.justice.kit.document.Instruments.chineseDate;

/**
 * Legal aid's formal instruments: 给予法律援助决定书 and 不予法律援助决定书 from a decided application (法律援助法第四十三条),
 * 指派通知书 from an assigned case. Numbered 〔年〕<office>援决字 / 援不字 / 援指字第N号.
 */
@ApplicationScoped
public class LegalAidInstruments implements InstrumentCatalog {

    public static final String LINE = "legal-aid";
    public static final String GRANT = "grant";
    public static final String REFUSE = "refuse";
    public static final String ASSIGN = "assign";

    /** The provider's contact period after the assignment: the office's rule, in working days (not set by the law). */
    static final Period CONTACT = Period.workingDays(3);

    static final Map<CaseCategory, String> CATEGORIES = Map.of(CaseCategory.CIVIL, "民事", CaseCategory.CRIMINAL, "刑事",
            CaseCategory.ADMINISTRATIVE, "行政", CaseCategory.PLEA_WITNESS, "认罪认罚见证");

    /** 第三十二条: not subject to the hardship condition; the others (第四十二条) only skip its check. */
    static final Set<HardshipExemption> UNRESTRICTED = EnumSet.of(HardshipExemption.HEROIC_MARTYR_RELATIVE,
            HardshipExemption.GOOD_SAMARITAN, HardshipExemption.RETRIAL_ACQUITTED, HardshipExemption.ABUSE_VICTIM,
            HardshipExemption.OTHER_UNRESTRICTED);

    @Inject
    Numbering numbering;

    @Inject
    WorkingCalendar calendar;

    @Override
    public List<InstrumentKind<?>> kinds() {
        return List.of(
                InstrumentKind.of(Application.class, LINE, GRANT, "给予法律援助决定书", "援决")
                        .filedAs(LegalAidAttachments.DECISION.code())
                        .requires(a -> a.status == ApplicationStatus.ACCEPTED, "申请未决定给予法律援助（须已受理），不能出具给予法律援助决定书")
                        .issuedOn(a -> a.decidedOn)
                        .model(this::application),
                InstrumentKind.of(Application.class, LINE, REFUSE, "不予法律援助决定书", "援不")
                        .filedAs(LegalAidAttachments.DECISION.code())
                        .requires(a -> a.status == ApplicationStatus.REFUSED, "申请未决定不予法律援助，不能出具不予法律援助决定书")
                        .issuedOn(a -> a.decidedOn)
                        .model(this::application),
                InstrumentKind.of(LegalAidCase.class, LINE, ASSIGN, "指派通知书", "援指")
                        .filedAs("ASSIGNMENT_NOTICE")
                        .requires(c -> c.providerId != null && c.assignedOn != null, "案件尚未指派法律援助人员，不能出具指派通知书")
                        .issuedOn(c -> c.assignedOn)
                        .model(this::assignment));
    }

    private Map<String, Object> application(Application a) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("applicantName", a.applicantName);
        model.put("applicantIdNumber", a.applicantIdNumber);
        model.put("applicantPhone", a.applicantPhone);
        model.put("category", CATEGORIES.get(a.category));
        model.put("receivedOn", chineseDate(a.receivedOn));
        model.put("matter", a.matter);
        model.put("legalGround", legalGround(a));
        model.put("refusalReason", a.refusalReason);
        // 第四十九条: the objection goes to the justice bureau that set up the legal aid institution, the district's
        model.put("objectionOffice", numbering.officeName(a.orgUnit.substring(0, 6) + "000000"));
        return model;
    }

    /**
     * The provision whose conditions the application meets (法律援助法): 第三十二条 or 第四十二条 where the hardship condition
     * or its check is waived, 第二十五条 for a notified defence (通知辩护), 第二十四条 for a criminal suspect's own
     * application, 第三十一条 for civil and administrative matters. The mapping by category is this platform's.
     */
    static String legalGround(Application a) {
        String law = "《中华人民共和国法律援助法》";
        if (a.hardshipExemption != null && UNRESTRICTED.contains(a.hardshipExemption)) {
            return law + "第三十二条";
        }
        String ground = a.noticeKind != null ? "第二十五条" : switch (a.category) {
            case CRIMINAL -> "第二十四条";
            case PLEA_WITNESS -> "第三十条";
            case CIVIL, ADMINISTRATIVE -> "第三十一条";
        };
        // the hardship condition: checked (第四十一条) for civil and administrative matters, or its check waived (第四十二条)
        if (a.hardshipExemption != null) {
            return law + ground + "、第四十二条";
        }
        return law + ground + (a.noticeKind == null && (a.category == CaseCategory.CIVIL
                || a.category == CaseCategory.ADMINISTRATIVE) ? "、第四十一条" : "");
    }

    private Map<String, Object> assignment(LegalAidCase c) {
        Application a = Application.findById(c.applicationId);
        Provider p = Provider.findById(c.providerId);
        Map<String, Object> model = application(a);
        model.put("category", CATEGORIES.get(c.category));
        model.put("acceptedOn", chineseDate(c.acceptedOn));
        model.put("addressee", p.kind == ProviderKind.LAW_FIRM || p.firm == null ? p.name : p.firm);
        model.put("providerName", p.name);
        model.put("licenceNumber", p.licenceNumber);
        model.put("contactBy", contactBy(c.assignedOn));
        return model;
    }

    /** By the third working day after the assignment; when the calendar lacks the year, the period in words. */
    private String contactBy(LocalDate assignedOn) {
        try {
            return chineseDate(CONTACT.due(assignedOn, List.of(), calendar)) + "前";
        } catch (RuntimeException e) {
            return "接到本通知书之日起三个工作日内";
        }
    }
}
