package cn.daxiang.justice.kit.sync;

/** Lets tests compute the request hash the endpoint stores with an Idempotency-Key. */
public final class SyncEndpointAccess {

    private SyncEndpointAccess() {
    }

    public static String hash(String resource, String body) {
        return SyncEndpoint.sha256(resource + "\n" + body);
    }
}
