package cn.daxiang.justice.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A peer that is not a trusted proxy cannot pick its rate-limit bucket by naming another client. */
@QuarkusTest
@QuarkusTestResource(StubUpstreams.class)
@TestProfile(GatewayUntrustedProxyTest.OtherProxy.class)
class GatewayUntrustedProxyTest {

    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the profiled names: they win over the plain ones in every source; a token every 100 s, so that no token
            // comes back between the bucket running out and the next request however slow the machine is
            return Map.of("%test.quarkus.http.proxy.trusted-proxies", "192.0.2.1",
                    "%test.gateway.rate-limit.refill-per-second", "0.01");
        }
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        assertTrue(GatewayTest.limitedAfterAttempts("203.0.113.17"), "a bucket of 20 must run out within 60 attempts");
        given().header("X-Forwarded-For", "203.0.113.18").get("/api/v1/mediation/disputes").then().statusCode(429);
    }
}
