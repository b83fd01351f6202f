package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.ScorecardInput;
import cn.daxiang.justice.evaluation.api.ScorecardItemInput;
import cn.daxiang.justice.evaluation.api.ScorecardView;
import cn.daxiang.justice.evaluation.calc.Scorer;
import cn.daxiang.justice.evaluation.domain.DefinitionVersion;
import cn.daxiang.justice.evaluation.domain.Indicator;
import cn.daxiang.justice.evaluation.domain.Scorecard;
import cn.daxiang.justice.evaluation.domain.ScorecardStatus;
import cn.daxiang.justice.evaluation.domain.ScoringMethod;
import cn.daxiang.justice.evaluation.domain.ValidationRule;
import cn.daxiang.justice.evaluation.mapping.ScorecardMapper;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scorecards (评分体系): versioned like indicators; the tree is checked on every write (points add up to 100 and every
 * dimension to its children, every leaf has what its method needs and names indicators and rules that exist), so a
 * wrong one answers 400 and nothing is stored. Activation puts one in force for its org unit and retires the one that was.
 */
@ApplicationScoped
public class ScorecardService extends DefinitionService<Scorecard, ScorecardInput, ScorecardView> {

    static final int MAX_DEPTH = 4;

    ScorecardService() {
        super(Scorecard.class, DefinitionVersion.SCORECARD, "评分体系", "评分体系", Scorecard::new,
                ScorecardMapper::apply, ScorecardMapper::toView, s -> s.code);
    }

    /** Every leaf's target expression, by field path. */
    @Override
    protected Map<String, String> expressions(ScorecardInput input) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(input.items(), "items", (item, path) -> {
            if (item.leaf() && item.target() != null && !item.target().isBlank()) {
                out.put(path + ".target", item.target());
            }
        });
        return out;
    }

    @Override
    protected void check(ScorecardInput input) {
        super.check(input);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal total = input.items().stream().map(ScorecardItemInput::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(Scorer.TOTAL) != 0) {
            errors.add(new FieldError("items", "各一级指标分值之和应为100分，现为" + total.stripTrailingZeros().toPlainString() + "分"));
        }
        Set<String> keys = new HashSet<>();
        walk(input.items(), "items", (item, path) -> {
            if (!keys.add(item.key())) {
                errors.add(new FieldError(path + ".key", "指标键 " + item.key() + " 重复"));
            }
            if (path.chars().filter(c -> c == '[').count() > MAX_DEPTH) {
                errors.add(new FieldError(path, "评分体系最多" + MAX_DEPTH + "级"));
            }
            if (item.leaf()) {
                leaf(item, path, errors);
            } else {
                if (item.method() != null) {
                    errors.add(new FieldError(path + ".method", "有下级指标的维度不设评分方法，其得分为下级得分之和"));
                }
                BigDecimal children = item.children().stream().map(ScorecardItemInput::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (children.compareTo(item.points()) != 0) {
                    errors.add(new FieldError(path + ".points", "“" + item.name() + "”分值" + plain(item.points()) + "分，应等于其下级指标分值之和"
                            + plain(children) + "分"));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void leaf(ScorecardItemInput item, String path, List<FieldError> errors) {
        ScoringMethod method = item.method();
        if (method == null) {
            errors.add(new FieldError(path + ".method", "末级指标须设评分方法（FULL_AT_TARGET、PROPORTIONAL、BANDED、DEDUCTION、MANUAL）"));
            return;
        }
        boolean measured = method == ScoringMethod.FULL_AT_TARGET || method == ScoringMethod.PROPORTIONAL || method == ScoringMethod.BANDED;
        if (measured) {
            if (item.indicator() == null || item.indicator().isBlank()) {
                errors.add(new FieldError(path + ".indicator", "评分方法 " + method + " 须指明评价指标"));
            } else if (Indicator.count("code", item.indicator()) == 0) {
                errors.add(new FieldError(path + ".indicator", "评价指标 " + item.indicator() + " 不存在"));
            }
        }
        if ((method == ScoringMethod.FULL_AT_TARGET || method == ScoringMethod.PROPORTIONAL)
                && (item.target() == null || item.target().isBlank())) {
            errors.add(new FieldError(path + ".target", "评分方法 " + method + " 须设目标值"));
        }
        if (method == ScoringMethod.BANDED && (item.bands() == null || item.bands().isEmpty())) {
            errors.add(new FieldError(path + ".bands", "分档得分须设至少一档"));
        }
        if (method == ScoringMethod.DEDUCTION) {
            if (item.rules() == null || item.rules().isEmpty()) {
                errors.add(new FieldError(path + ".rules", "扣分制须列出校验规则"));
            } else {
                for (int i = 0; i < item.rules().size(); i++) {
                    if (ValidationRule.count("code", item.rules().get(i)) == 0) {
                        errors.add(new FieldError(path + ".rules[" + i + "]", "校验规则 " + item.rules().get(i) + " 不存在"));
                    }
                }
            }
            if (item.deduction() == null) {
                errors.add(new FieldError(path + ".deduction", "扣分制须设每条规则的扣分"));
            }
        }
    }

    /** DRAFT or RETIRED → ACTIVE; the scorecard in force for the same org unit is retired. Already active: 409. */
    @Transactional
    public ScorecardView activate(UUID id, String ifMatch, Long version) {
        Scorecard card = loadForAction(id, ifMatch, version);
        if (card.status == ScorecardStatus.ACTIVE) {
            throw ApiException.conflict("评分体系 " + card.code + " 已启用");
        }
        // Two activations for one org unit queue here: the second sees the first's card as the one to retire,
        // instead of both passing the lock below (which holds only the card active before) into the unique index.
        Scorecard.getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(23, hashtext(?1))) AS locked")
                .setParameter(1, card.orgUnit).getSingleResult();
        for (Scorecard other : Scorecard.<Scorecard>find("orgUnit = ?1 and status = ?2 and id <> ?3", card.orgUnit,
                ScorecardStatus.ACTIVE, card.id).withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            audit.change("RETIRE", other, s -> s.status = ScorecardStatus.RETIRED);
            written(other);
        }
        audit.change("ACTIVATE", card, s -> s.status = ScorecardStatus.ACTIVE);
        written(card);
        return view(card);
    }

    interface Visitor {
        void visit(ScorecardItemInput item, String path);
    }

    /** Every node, depth first, with its JSON path (items[1].children[0]). */
    static void walk(List<ScorecardItemInput> items, String path, Visitor visitor) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            ScorecardItemInput item = items.get(i);
            String here = path + "[" + i + "]";
            visitor.visit(item, here);
            walk(item.children(), here + ".children", visitor);
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The leaf with this key in a scorecard's current version, or null. */
    static ScorecardItemInput leaf(Scorecard card, String key) {
        ScorecardItemInput[] found = new ScorecardItemInput[1];
        walk(ScorecardMapper.items(card.items), "items", (item, path) -> {
            if (item.leaf() && item.key().equals(key)) {
                found[0] = item;
            }
        });
        return found[0];
    }
}
