package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.legalaid.api.ConsultationInput;
import cn.daxiang.justice.legalaid.api.ConsultationView;
import cn.daxiang.justice.legalaid.domain.Consultation;
import cn.daxiang.justice.legalaid.domain.ConsultationChannel;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;

/** Legal consultations (法律咨询). */
@ApplicationScoped
public class ConsultationService extends RecordService<Consultation, ConsultationInput, ConsultationView> {

    static final String WHAT = "法律咨询记录";
    static final Map<String, String> SORTABLE = Map.of("consultedOn", "consultedOn", "channel", "channel",
            "createdAt", "createdAt");

    ConsultationService() {
        super(Consultation.class, WHAT, Consultation::new);
    }

    @Override
    public void apply(ConsultationInput input, Consultation c) {
        LegalAidMapper.apply(input, c);
    }

    @Override
    public ConsultationView view(Consultation c) {
        return LegalAidMapper.toView(c);
    }

    public PageResult<ConsultationView> list(String orgUnit, ConsultationChannel channel, LocalDate consultedFrom,
                                             LocalDate consultedTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("channel = :channel", "channel", channel)
                .and("consultedOn >= :consultedFrom", "consultedFrom", consultedFrom)
                .and("consultedOn <= :consultedTo", "consultedTo", consultedTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("consultedOn").and("id"));
        return PageResult.of(Consultation.class, query, sort, page,
                LegalAidMapper::toView);
    }
}
