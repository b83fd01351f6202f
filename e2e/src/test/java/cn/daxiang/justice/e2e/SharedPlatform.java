package cn.daxiang.justice.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One platform for every suite class of the run: started by the first class that needs it and
 * stopped when JUnit closes its root context, so the jars and the database start only once.
 */
final class SharedPlatform implements BeforeAllCallback {

    private static Platform platform;

    static synchronized Platform get() {
        if (platform == null) {
            throw new IllegalStateException("annotate the suite class with @ExtendWith(SharedPlatform.class)");
        }
        return platform;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedPlatform.class) {
            if (platform == null) {
                Platform started = Platform.start();
                Api.useGateway(started.gatewayUrl());
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(SharedPlatform.class.getName(), (ExtensionContext.Store.CloseableResource) started::close);
                platform = started;
            }
        }
    }
}
