package cn.daxiang.justice.devsupport.testing;

import org.jboss.logmanager.ExtLogRecord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The lines a log category writes while a test holds this open, each with the request id its logging context
 * carried (MDC {@code requestId}, what the production JSON lines show as a field). Close it to stop capturing.
 */
public final class LogLines implements AutoCloseable {

    public record Line(String level, String message, String requestId) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // published on the thread that logs, so the MDC read here is that line's
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            String requestId = record instanceof ExtLogRecord ext ? ext.getMdc("requestId") : null;
            lines.add(new Line(record.getLevel().getName(), message, requestId));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogLines(String category) {
        logger = Logger.getLogger(category);
        logger.addHandler(handler);
    }

    public static LogLines of(String category) {
        return new LogLines(category);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines whose message contains {@code text}. */
    public List<Line> containing(String text) {
        return lines.stream().filter(l -> l.message() != null && l.message().contains(text)).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
