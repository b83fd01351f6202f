package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.contract.ContractChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The published contract of the legal aid line: {@code contract/openapi/legal-aid.json} (see {@link ContractChecks}). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LegalAidContractTest extends ContractChecks {

    @Override
    protected String contractName() {
        return "legal-aid";
    }

    @Override
    protected String module() {
        return "legalaid-service";
    }
}
