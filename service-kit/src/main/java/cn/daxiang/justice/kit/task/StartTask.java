package cn.daxiang.justice.kit.task;

import org.jboss.logging.Logger;

/** Work that runs once after a start, off the start path, on a daemon thread of its own (the deadline refresh, the person index). */
public final class StartTask {

    private StartTask() {
    }

    /** Starts {@code task} on thread {@code name}; a failure is logged, and the next start runs it again. */
    public static void inBackground(String name, Runnable task, Logger log) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error(name + " failed; it runs again at the next start", e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
