package cn.daxiang.justice.gateway.proxy;

import java.util.UUID;
import java.util.regex.Pattern;

/** {@code X-Request-Id}: a well-formed one from the client is kept, anything else is replaced. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The logging context's key, as in the services (kit RequestIds). */
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    public static String accept(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
