package cn.daxiang.justice.kit.requestid;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST client call a service makes (the evaluation service's calls to the lines) carries {@code X-Request-Id}:
 * the id of the request it serves, so one id finds the lines of both sides; outside a request (a start-up or
 * background task) a fresh one. A {@code @Provider}, so the REST clients register it without naming it.
 */
@Provider
public class RequestIdForwarding implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (!request.getHeaders().containsKey(RequestIds.HEADER)) {
            String current = RequestIds.current();
            request.getHeaders().putSingle(RequestIds.HEADER, current != null ? current : RequestIds.accept(null));
        }
    }
}
