package cn.daxiang.justice.evaluation.mapping;

import cn.daxiang.justice.evaluation.api.ScorecardInput;
import cn.daxiang.justice.evaluation.api.ScorecardItemInput;
import cn.daxiang.justice.evaluation.api.ScorecardScoreInput;
import cn.daxiang.justice.evaluation.api.ScorecardScoreView;
import cn.daxiang.justice.evaluation.api.ScorecardView;
import cn.daxiang.justice.evaluation.calc.ScorecardDefinition;
import cn.daxiang.justice.evaluation.domain.Scorecard;
import cn.daxiang.justice.evaluation.domain.ScorecardScore;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Between the scorecard entities and the API. The tree is stored as sent, numbers as plain strings (exact, as an
 * indicator's grades are) and without empty fields.
 */
public final class ScorecardMapper {

    private static final ObjectMapper TREE = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        TREE.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    private static final TypeReference<List<Map<String, Object>>> STORED = new TypeReference<>() {
    };
    private static final TypeReference<List<ScorecardItemInput>> ITEMS = new TypeReference<>() {
    };

    private ScorecardMapper() {
    }

    public static ScorecardView toView(Scorecard s) {
        return new ScorecardView(s.id, s.orgUnit, s.version, s.code, s.nameZh, s.description, s.status,
                DefinitionMapper.plain(s.totalPoints), items(s.items), s.createdAt, s.updatedAt);
    }

    public static void apply(ScorecardInput in, Scorecard s) {
        s.orgUnit = in.orgUnit();
        s.code = in.code();
        s.nameZh = in.nameZh().strip();
        s.description = DefinitionMapper.blankToNull(in.description());
        s.items = TREE.convertValue(in.items(), STORED);
        s.totalPoints = in.items().stream().map(ScorecardItemInput::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static List<ScorecardItemInput> items(List<Map<String, Object>> stored) {
        return stored == null ? List.of() : TREE.convertValue(stored, ITEMS);
    }

    public static ScorecardDefinition toDefinition(Scorecard s) {
        return new ScorecardDefinition(s.code, s.nameZh, s.version, items(s.items));
    }

    public static ScorecardScoreView toView(ScorecardScore s) {
        return new ScorecardScoreView(s.id, s.orgUnit, s.version, s.scorecard, s.item, s.periodFrom, s.periodTo,
                DefinitionMapper.plain(s.score), s.reason, s.createdBy, s.createdAt, s.updatedBy, s.updatedAt);
    }

    public static void apply(ScorecardScoreInput in, ScorecardScore s) {
        s.orgUnit = in.orgUnit();
        s.scorecard = in.scorecard().strip();
        s.item = in.item().strip();
        s.periodFrom = in.from();
        s.periodTo = in.to();
        s.score = in.score();
        s.reason = in.reason().strip();
    }
}
