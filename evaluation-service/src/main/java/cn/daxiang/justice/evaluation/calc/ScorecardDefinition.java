package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.api.ScorecardItemInput;

import java.util.List;

/** What the scorer needs of a scorecard (one version of it). */
public record ScorecardDefinition(String code, String name, long version, List<ScorecardItemInput> items) {
}
