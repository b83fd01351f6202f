package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.clock.DeadlineCatalog;
import cn.daxiang.justice.kit.clock.DeadlineRule;
import cn.daxiang.justice.kit.clock.Period;
import cn.daxiang.justice.kit.clock.Stop;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.domain.Objection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The legal aid line's statutory periods (《中华人民共和国法律援助法》, in force 2022-01-01). All are 日
 * (calendar days). The law has no counting article of its own: the procedure laws' rule is applied (start
 * day not counted, a last day on a rest day moves to the next working day; 民事诉讼法第八十五条,
 * 刑事诉讼法第一百零五条) — an assumption the research notes flag, not a provision of this law.
 */
@ApplicationScoped
public class LegalAidDeadlines implements DeadlineCatalog {

    public static final String APPLICATION_REVIEW = "APPLICATION_REVIEW";
    public static final String CASE_ASSIGNMENT = "CASE_ASSIGNMENT";
    public static final String NOTICE_ASSIGNMENT = "NOTICE_ASSIGNMENT";
    public static final String OBJECTION_REVIEW = "OBJECTION_REVIEW";

    @Override
    public List<DeadlineRule<?>> rules() {
        return List.of(
                // 第四十三条第一款: 「自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定」. The time the
                // applicant takes to supply missing materials (第四十三条第二款: 一次性告知) is not counted: 《办理法律援助案件
                // 程序规定》 (2012, 第十三条: 「申请人补充材料、作出说明所需的时间不计入审查期限」; the 2023 text, 司法部令第148号,
                // likely keeps it — article number to be verified). A notified case has no application to review: no clock.
                DeadlineRule.on(Application.class, APPLICATION_REVIEW)
                        .named("审查法律援助申请", "Application review")
                        .basis("《中华人民共和国法律援助法》第四十三条第一款（补充材料时间不计入：第四十三条第二款、"
                                + "《办理法律援助案件程序规定》，条号待核实）", Period.days(7))
                        .metric("legalaid.applications.review")
                        .link("/api/v1/legal-aid/applications/{id}")
                        // An application reopened by an objection's CORRECTED decision (第四十九条) is reviewed again from
                        // that day (an assumption: the law sets no period for it; 7 日 as above), without the earlier stop.
                        .startsOn(a -> a.noticeReceivedOn != null ? null : a.reopenedOn != null ? a.reopenedOn : a.receivedOn)
                        .metOn(a -> a.decidedOn)
                        .stoppedDuring(a -> a.materialsRequestedOn == null || a.reopenedOn != null ? List.of()
                                : List.of(new Stop(a.materialsRequestedOn, a.materialsReceivedOn))),
                // 第四十三条第一款: 「决定给予法律援助的，应当自作出决定之日起三日内指派法律援助人员」. The decision is the
                // acceptance (受理), which creates the case: its accepted date is the application's decision date.
                DeadlineRule.on(LegalAidCase.class, CASE_ASSIGNMENT)
                        .named("指派法律援助人员", "Assignment after the decision")
                        .basis("《中华人民共和国法律援助法》第四十三条第一款", Period.days(3))
                        .metric("legalaid.cases.assignment")
                        .link("/api/v1/legal-aid/cases/{id}")
                        .startsOn(c -> c.noticeReceivedOn == null ? c.acceptedOn : null)
                        .metOn(c -> c.assignedOn),
                // 第三十六条: 「法律援助机构收到通知后，应当在三日内指派律师并通知人民法院、人民检察院、公安机关」: for a
                // notified case (通知辩护 第二十五条, 通知代理 第二十八条) this replaces the clock above, from the day the notice
                // arrived.
                DeadlineRule.on(LegalAidCase.class, NOTICE_ASSIGNMENT)
                        .named("通知辩护（代理）指派律师", "Assignment after a notice")
                        .basis("《中华人民共和国法律援助法》第三十六条", Period.days(3))
                        .metric("legalaid.cases.noticeAssignment")
                        .link("/api/v1/legal-aid/cases/{id}")
                        .startsOn(c -> c.noticeReceivedOn)
                        .metOn(c -> c.assignedOn),
                // 第四十九条: 「司法行政部门应当自收到异议之日起五日内进行审查，作出维持法律援助机构决定或者责令法律援助机构
                // 改正的决定」: 5 日 (the old 法律援助条例第十九条 said 5 个工作日; the law replaced it).
                DeadlineRule.on(Objection.class, OBJECTION_REVIEW)
                        .named("审查异议", "Objection review")
                        .basis("《中华人民共和国法律援助法》第四十九条", Period.days(5))
                        .metric("legalaid.objections.review")
                        .link("/api/v1/legal-aid/objections/{id}")
                        .startsOn(o -> o.receivedOn)
                        .metOn(o -> o.decidedOn));
    }
}
