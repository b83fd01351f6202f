package cn.daxiang.justice.kit.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code ETag: "<version>"} on every 200 or 201 whose body is one {@link Versioned} view; lists,
 * reports and problems have none. Versioning.expected reads the same quoted form back from If-Match.
 */
public class VersionTag {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        int status = response.getStatus();
        if ((status == 200 || status == 201) && response.getEntity() instanceof Versioned view
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(String.valueOf(view.version())));
        }
    }
}
