package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.contract.ContractChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The published contract of the corrections line: {@code contract/openapi/corrections.json} (see {@link ContractChecks}). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CorrectionsContractTest extends ContractChecks {

    @Override
    protected String contractName() {
        return "corrections";
    }

    @Override
    protected String module() {
        return "corrections-service";
    }
}
