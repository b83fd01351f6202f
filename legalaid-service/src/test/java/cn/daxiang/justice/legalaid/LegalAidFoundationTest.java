package cn.daxiang.justice.legalaid;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.ServiceFoundationChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LegalAidFoundationTest extends ServiceFoundationChecks {

    @Override
    protected String protectedCollection() {
        return "/api/v1/legal-aid/service-points";
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
