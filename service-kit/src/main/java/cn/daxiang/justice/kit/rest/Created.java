package cn.daxiang.justice.kit.rest;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** 201 Created with the new record's view and its {@code Location}, built from the request. */
public final class Created {

    private Created() {
    }

    /** A POST on a collection: the record lives at the request's path followed by its id. */
    public static <V extends Identified> RestResponse<V> at(UriInfo uri, V view) {
        return in(uri.getAbsolutePathBuilder(), view);
    }

    /** A record created through another resource: it lives in that resource's collection. */
    public static <V extends Identified> RestResponse<V> in(UriInfo uri, Class<?> resource, V view) {
        return in(uri.getBaseUriBuilder().path(resource), view);
    }

    /** The record lives in the given collection, under its id. */
    public static <V extends Identified> RestResponse<V> in(UriBuilder collection, V view) {
        return RestResponse.ResponseBuilder.<V>created(collection.path(view.id().toString()).build()).entity(view).build();
    }
}
