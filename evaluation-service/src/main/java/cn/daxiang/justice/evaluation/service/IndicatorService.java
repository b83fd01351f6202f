package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.IndicatorInput;
import cn.daxiang.justice.evaluation.api.IndicatorView;
import cn.daxiang.justice.evaluation.domain.DefinitionVersion;
import cn.daxiang.justice.evaluation.domain.Indicator;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Indicator definitions (评价指标): numerator and denominator must parse. */
@ApplicationScoped
public class IndicatorService extends DefinitionService<Indicator, IndicatorInput, IndicatorView> {

    IndicatorService() {
        super(Indicator.class, DefinitionVersion.INDICATOR, "评价指标", "指标", Indicator::new,
                DefinitionMapper::apply, DefinitionMapper::toView, i -> i.code);
    }

    @Override
    protected Map<String, String> expressions(IndicatorInput input) {
        return sides("numerator", input.numerator(), "denominator", input.denominator());
    }
}
