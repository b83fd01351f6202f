package cn.daxiang.justice.kit.rest;

/**
 * A view that carries its record's version. Answered alone (200 or 201), it gets the version as its
 * {@code ETag} from {@link VersionTag}, so a client can send it back in {@code If-Match}.
 */
public interface Versioned extends Identified {

    long version();
}
