package cn.daxiang.justice.evaluation;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.ServiceFoundationChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EvaluationFoundationTest extends ServiceFoundationChecks {

    @Override
    protected String protectedCollection() {
        return "/api/v1/evaluation/targets";
    }

    /** Every platform role may read targets, so the check uses a role the service does not know. */
    @Override
    protected String roleWithoutAccess() {
        return "nobody-role";
    }

    @Override
    protected String foreignSchema() {
        return "legalaid";
    }
}
