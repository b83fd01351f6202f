package cn.daxiang.justice.evaluation.client;

import com.fasterxml.jackson.core.JacksonException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.net.ConnectException;

/**
 * The fallback of every stats call: the line is unavailable, and the reason says why. Each guarded
 * method of {@link LineStatsService} names its own line when it falls back here.
 */
public final class StatsFallback {

    private static final Logger LOG = Logger.getLogger(StatsFallback.class);

    private StatsFallback() {
    }

    static Uni<LineStats> fallback(Line line, Throwable failure) {
        LOG.warnf("stats of %s unavailable: %s", line.service(), String.valueOf(failure));
        return Uni.createFrom().item(unavailable(line, failure));
    }

    static LineStats unavailable(Line line, Throwable failure) {
        return LineStats.unavailable(line, line.label() + "服务（" + line.service() + "）不可用：" + reason(failure));
    }

    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CircuitBreakerOpenException) {
                return "熔断器已打开（近期连续调用失败），暂停调用，稍后重新评价";
            }
            if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return "请求超时";
            }
            if (t instanceof LineStats.InvalidStatsAnswer) {
                return "应答不符合统计接口约定（" + t.getMessage() + "）";
            }
            if (t instanceof JacksonException) {
                return "应答无法解析（不是有效的统计JSON）";
            }
            if (t instanceof ConnectException || t.getClass().getSimpleName().contains("ConnectException")) {
                return "无法连接";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException web && web.getResponse() != null) {
                int status = web.getResponse().getStatus();
                if (status >= 200 && status < 300) {
                    // the client raises this when a 2xx body cannot be read as the declared type
                    return "应答无法解析（HTTP " + status + " 但不是有效的统计JSON）";
                }
                return "HTTP " + status + (status == 401 || status == 403 ? "（服务令牌无效或无权限）" : "");
            }
            if (t instanceof ProcessingException) {
                return "应答无法处理（" + t.getClass().getSimpleName() + "）";
            }
        }
        return "调用失败（" + (failure == null ? "未知原因" : failure.getClass().getSimpleName()) + "）";
    }
}
