package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.DefinitionInput;
import cn.daxiang.justice.evaluation.api.DefinitionVersionView;
import cn.daxiang.justice.evaluation.domain.DefinitionVersion;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Versioned definitions (indicators, rules): a write makes a new version and every version is kept
 * in {@link DefinitionVersion}; the code cannot change, because runs refer to a definition by code
 * and version; a definition applies to its org unit and every unit below it ({@link DefinitionScope}).
 */
public abstract class DefinitionService<E extends AuditedRecord, I extends DefinitionInput, V>
        extends EvaluationRecordService<E, I, V> {

    static final Map<String, String> SORTABLE = Map.of("code", "code", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final String kind;
    private final String noun;
    private final Function<E, String> code;

    /**
     * @param kind the {@link DefinitionVersion} kind
     * @param what the definition's name in messages, e.g. 评价指标
     * @param noun the short name in code messages, e.g. 指标
     */
    protected DefinitionService(Class<E> type, String kind, String what, String noun, Supplier<E> create,
                                BiConsumer<I, E> apply, Function<E, V> view, Function<E, String> code) {
        super(type, what, create, apply, view);
        this.kind = kind;
        this.noun = noun;
        this.code = code;
    }

    /** The input's expressions by field name; each must parse. */
    protected abstract Map<String, String> expressions(I input);

    @Override
    protected void check(I input) {
        List<FieldError> errors = new ArrayList<>();
        expressions(input).forEach((field, expression) -> {
            String problem = ExpressionParser.problem(expression);
            if (problem != null) {
                errors.add(new FieldError(field, problem));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    @Override
    protected void requireUnique(I input, UUID self) {
        if (self == null && count("code", input.code()) > 0) {
            throw ApiException.conflict(noun + "代码 " + input.code() + " 已存在，请修改该" + noun + "（生成新版本）");
        }
    }

    /**
     * The code is checked before the expressions (the kit's {@code check}), as the API has always
     * answered an update that does both wrong; after the scope, as every write.
     */
    @Override
    @Transactional
    public void applyUpdate(E entity, I input) {
        caller.requireWritable(entity.orgUnit);
        caller.requireWritable(input.orgUnit());
        if (!code.apply(entity).equals(input.code())) {
            throw ApiException.invalid("code", noun + "代码不可修改（运行结果按代码与版本引用" + noun + "定义）");
        }
        super.applyUpdate(entity, input);
    }

    @Override
    protected boolean visible(String orgUnit) {
        return DefinitionScope.visible(caller, orgUnit);
    }

    /** Keeps a copy of the version just written. */
    @Override
    protected void written(E entity) {
        super.written(entity);
        DefinitionVersion v = new DefinitionVersion();
        v.kind = kind;
        v.definitionId = entity.id;
        v.version = entity.version;
        v.code = code.apply(entity);
        v.definition = entity.auditSnapshot();
        v.recordedAt = Instant.now();
        v.recordedBy = caller.subject();
        v.persist();
    }

    public DefinitionVersionView versions(UUID id) {
        load(id, LockModeType.NONE);
        List<DefinitionVersion> rows = DefinitionVersion.<DefinitionVersion>find("kind = ?1 and definitionId = ?2",
                Sort.ascending("version"), kind, id).list();
        return new DefinitionVersionView(rows.stream()
                .map(v -> new DefinitionVersionView.Item(v.version, v.code, v.definition, v.recordedAt, v.recordedBy)).toList());
    }

    public PageResult<V> list(String code, Boolean active, PageRequest page) {
        Map<String, Object> params = DefinitionScope.parameters();
        List<String> where = new ArrayList<>(List.of(DefinitionScope.where(caller, params)));
        if (code != null && !code.isBlank()) {
            where.add("code = :code");
            params.put("code", code.strip());
        }
        if (active != null) {
            where.add("active = :active");
            params.put("active", active);
        }
        Sort sort = page.toSort(SORTABLE, Sort.ascending("code").and("id"));
        return PageResult.of(find(String.join(" and ", where), sort, params), page, this::view);
    }

    /** Two expressions, in field order. */
    protected static Map<String, String> sides(String firstField, String first, String secondField, String second) {
        Map<String, String> sides = new LinkedHashMap<>();
        sides.put(firstField, first);
        sides.put(secondField, second);
        return sides;
    }
}
