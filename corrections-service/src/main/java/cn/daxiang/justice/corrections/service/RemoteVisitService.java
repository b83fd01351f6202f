package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.RemoteVisitInput;
import cn.daxiang.justice.corrections.api.RemoteVisitView;
import cn.daxiang.justice.corrections.domain.RemoteVisit;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.VisitorKind;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Remote video visits (远程视频会见). */
@ApplicationScoped
public class RemoteVisitService extends RecordService<RemoteVisit, RemoteVisitInput, RemoteVisitView> {

    static final String WHAT = "远程视频会见";
    static final Map<String, String> SORTABLE = Map.of("visitedOn", "visitedOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    RemoteVisitService() {
        super(RemoteVisit.class, WHAT, RemoteVisit::new);
    }

    public PageResult<RemoteVisitView> list(String orgUnit, LocalDate visitedFrom, LocalDate visitedTo, UUID subjectId,
                                            PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("visitedOn >= :visitedFrom", "visitedFrom", visitedFrom)
                .and("visitedOn <= :visitedTo", "visitedTo", visitedTo)
                .and("subjectId = :subjectId", "subjectId", subjectId);
        Sort sort = page.toSort(SORTABLE, Sort.descending("visitedOn").and("id"));
        return PageResult.of(RemoteVisit.class, query, sort, page,
                v -> CorrectionsMapper.toView(v, personalData.bulk()));
    }

    @Override
    protected void check(RemoteVisitInput input) {
        if (input.visitorKind() == VisitorKind.SUBJECT) {
            if (input.subjectId() == null) {
                throw ApiException.invalid("subjectId", "会见人为矫正对象时须填写 subjectId");
            }
            Subject subject = Subject.findById(input.subjectId());
            if (subject == null || !OrgUnitCode.covers(input.orgUnit(), subject.orgUnit)) {
                throw ApiException.invalid("subjectId", "未找到本机构的矫正对象");
            }
            if (input.visitedOn().isBefore(subject.intakeDate)) {
                throw ApiException.invalid("visitedOn", "会见日期不能早于该对象的接收日期");
            }
        } else {
            if (input.subjectId() != null) {
                throw ApiException.invalid("subjectId", "会见人为亲属时不填写 subjectId");
            }
            if (input.visitorName() == null || input.visitorName().isBlank()) {
                throw ApiException.invalid("visitorName", "会见人为亲属时须填写姓名");
            }
        }
    }

    @Override
    public void apply(RemoteVisitInput input, RemoteVisit visit) {
        visit.orgUnit = input.orgUnit();
        visit.visitedOn = input.visitedOn();
        visit.institution = input.institution().strip();
        visit.inmateName = input.inmateName().strip();
        visit.visitorKind = input.visitorKind();
        visit.subjectId = input.subjectId();
        visit.visitorName = input.visitorKind() == VisitorKind.SUBJECT ? null : CorrectionsMapper.strip(input.visitorName());
        visit.visitorRelation = CorrectionsMapper.strip(input.visitorRelation());
    }

    @Override
    public RemoteVisitView view(RemoteVisit visit) {
        return CorrectionsMapper.toView(visit, personalData.single());
    }
}
