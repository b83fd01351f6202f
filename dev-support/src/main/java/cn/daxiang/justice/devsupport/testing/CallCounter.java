package cn.daxiang.justice.devsupport.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps an interface to count the calls of one of its methods, e.g. how many statements a line's
 * stats create through its {@code EntityManager} ({@code createNativeQuery}).
 */
public final class CallCounter {

    private CallCounter() {
    }

    public static <T> T counting(Class<T> type, T target, String method, AtomicInteger calls) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                calls.incrementAndGet();
            }
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
