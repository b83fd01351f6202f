package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.ScorecardItemInput;
import cn.daxiang.justice.evaluation.api.ScorecardScoreInput;
import cn.daxiang.justice.evaluation.api.ScorecardScoreView;
import cn.daxiang.justice.evaluation.domain.Scorecard;
import cn.daxiang.justice.evaluation.domain.ScorecardScore;
import cn.daxiang.justice.evaluation.domain.ScoringMethod;
import cn.daxiang.justice.evaluation.mapping.ScorecardMapper;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Manual scores (人工评分) of MANUAL scorecard leaves: one per leaf, org unit and period, never above the leaf's points,
 * always with a reason. A run uses the scores entered for exactly its org unit and period.
 */
@ApplicationScoped
public class ScorecardScoreService extends EvaluationRecordService<ScorecardScore, ScorecardScoreInput, ScorecardScoreView> {

    static final Map<String, String> SORTABLE = Map.of("item", "item", "from", "periodFrom", "createdAt", "createdAt");

    ScorecardScoreService() {
        super(ScorecardScore.class, "人工评分", ScorecardScore::new, ScorecardMapper::apply, ScorecardMapper::toView);
    }

    @Override
    protected void check(ScorecardScoreInput input) {
        if (input.from().isAfter(input.to())) {
            throw ApiException.invalid("from", "期间起始日期不能晚于截止日期");
        }
        Scorecard card = Scorecard.<Scorecard>find("code", input.scorecard().strip()).firstResult();
        if (card == null || !DefinitionScope.appliesTo(card.orgUnit, input.orgUnit())) {
            throw ApiException.invalid("scorecard", "评分体系 " + input.scorecard().strip() + " 不存在或不适用于机构 " + input.orgUnit());
        }
        ScorecardItemInput leaf = ScorecardService.leaf(card, input.item().strip());
        if (leaf == null || leaf.method() != ScoringMethod.MANUAL) {
            throw ApiException.invalid("item", "评分体系 " + card.code + " 没有人工评分的末级指标 " + input.item().strip());
        }
        if (input.score().compareTo(leaf.points()) > 0) {
            throw ApiException.invalid("score", "得分不能超过该指标分值" + leaf.points().stripTrailingZeros().toPlainString() + "分");
        }
    }

    @Override
    protected void requireUnique(ScorecardScoreInput input, UUID self) {
        String same = "scorecard = ?1 and item = ?2 and orgUnit = ?3 and periodFrom = ?4 and periodTo = ?5";
        String code = input.scorecard().strip();
        String item = input.item().strip();
        long others = self == null ? count(same, code, item, input.orgUnit(), input.from(), input.to())
                : count(same + " and id <> ?6", code, item, input.orgUnit(), input.from(), input.to(), self);
        if (others > 0) {
            throw ApiException.conflict("机构 " + input.orgUnit() + " 在 " + input.from() + " 至 " + input.to() + " 期间的指标 "
                    + item + " 已有人工评分，请修改该记录");
        }
    }

    public PageResult<ScorecardScoreView> list(String orgUnit, String scorecard, LocalDate from, LocalDate to, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("scorecard = :scorecard", "scorecard", scorecard == null || scorecard.isBlank() ? null : scorecard.strip())
                .and("periodTo >= :fromFilter", "fromFilter", from)
                .and("periodFrom <= :toFilter", "toFilter", to);
        Sort sort = page.toSort(SORTABLE, Sort.descending("periodFrom").and("item").and("orgUnit").and("id"));
        return PageResult.of(find(query.where(), sort, query.parameters()), page, this::view);
    }

    /** The scores entered for exactly these org units and period (what a run and its child runs use), in one query. */
    public static List<ScorecardScore> forPeriod(Collection<String> orgUnits, LocalDate from, LocalDate to) {
        return ScorecardScore.<ScorecardScore>find("orgUnit in ?1 and periodFrom = ?2 and periodTo = ?3",
                Sort.ascending("orgUnit").and("item"), orgUnits, from, to).list();
    }
}
