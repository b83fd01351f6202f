package cn.daxiang.justice.evaluation.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} with a Chinese file name (RFC 6266, RFC 5987): an ASCII fallback in
 * {@code filename} for old clients and the UTF-8 name, percent-encoded, in {@code filename*}.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String of(String type, String name, String asciiFallback) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        String fallback = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
        return type + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
