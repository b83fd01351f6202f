package cn.daxiang.justice.mediation;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.ServiceFoundationChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MediationFoundationTest extends ServiceFoundationChecks {

    @Override
    protected String protectedCollection() {
        return "/api/v1/mediation/committees";
    }

    @Override
    protected String roleWithoutAccess() {
        return "evaluator";
    }

    @Override
    protected String foreignSchema() {
        return "corrections";
    }
}
