package cn.daxiang.justice.corrections;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.ServiceFoundationChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CorrectionsFoundationTest extends ServiceFoundationChecks {

    @Override
    protected String protectedCollection() {
        return "/api/v1/corrections/investigations";
    }

    @Override
    protected String roleWithoutAccess() {
        return "evaluator";
    }

    @Override
    protected String foreignSchema() {
        return "mediation";
    }
}
