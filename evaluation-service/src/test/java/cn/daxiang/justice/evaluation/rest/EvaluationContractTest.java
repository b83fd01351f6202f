package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.contract.ContractChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The published contract of the evaluation service: {@code contract/openapi/evaluation.json} (see {@link ContractChecks}). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EvaluationContractTest extends ContractChecks {

    @Override
    protected String contractName() {
        return "evaluation";
    }

    @Override
    protected String module() {
        return "evaluation-service";
    }
}
