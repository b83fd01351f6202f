package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.sync.SyncInput;

/** A versioned definition (indicator, rule): a record with a stable code. */
public interface DefinitionInput extends SyncInput {

    String code();
}
