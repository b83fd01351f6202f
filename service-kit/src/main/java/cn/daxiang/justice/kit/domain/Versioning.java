package cn.daxiang.justice.kit.domain;

import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.ProblemType;

/**
 * Optimistic concurrency for clients: a write names the version it was based on (the body's
 * {@code version} or an {@code If-Match} header) and is refused with 412 when the record moved on.
 * Callers load the record with a row lock first, so two writers cannot both pass the check.
 */
public final class Versioning {

    private Versioning() {
    }

    /**
     * The version a client based its write on: {@code If-Match} wins over the body; one of the two
     * is required (428 otherwise), so no client overwrites a change it has not seen.
     */
    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw ApiException.invalid("If-Match", "If-Match 必须是记录的版本号，如 \"3\"");
            }
        }
        if (bodyVersion == null) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "修改记录时须提供 version 字段或 If-Match 请求头");
        }
        return bodyVersion;
    }

    /** 412 with the current version when the client's base is not the current one. */
    public static void check(AuditedRecord current, long expected) {
        if (current.version != expected) {
            throw ApiException.staleVersion(current.version);
        }
    }

    /** The ETag of a record: its version, quoted. */
    public static String etag(AuditedRecord record) {
        return "\"" + record.version + "\"";
    }
}
