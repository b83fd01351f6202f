package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.contract.ContractChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The published contract of the mediation line: {@code contract/openapi/mediation.json} (see {@link ContractChecks}). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MediationContractTest extends ContractChecks {

    @Override
    protected String contractName() {
        return "mediation";
    }

    @Override
    protected String module() {
        return "mediation-service";
    }
}
