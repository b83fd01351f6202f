package cn.daxiang.justice.evaluation.api;

/** A versioned definition (indicator, rule): a record with a stable code. */
public interface DefinitionInput extends RecordInput {

    String code();
}
