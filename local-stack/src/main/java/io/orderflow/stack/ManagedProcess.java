package io.orderflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** One child process of the stack: started with its log file and pid file, stopped or killed on demand. */
public final class ManagedProcess {

    /** How long a stopping process may take before it is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Path pidFile;
    private final BooleanSupplier healthy;
    private final Path directory;
    private volatile Process process;
    private volatile long startedNanos;

    ManagedProcess(String name, List<String> command, Map<String, String> environment, Path logFile, Path pidFile,
                   BooleanSupplier healthy, Path directory) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.healthy = healthy;
        this.directory = directory;
    }

    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            startedNanos = System.nanoTime();
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Waits until the health check passes; fails early with the log's location if the process dies. */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (checkHealthy()) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout.toSeconds() + " s; see " + logFile);
    }

    /** True once the health check passes; fails with the log's location if the process has died. */
    boolean checkHealthy() {
        if (!isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue()
                    + " while starting; see " + logFile);
        }
        return healthy.getAsBoolean();
    }

    /** Seconds since the process was (last) started. */
    public double secondsSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    public boolean isHealthy() {
        return isAlive() && healthy.getAsBoolean();
    }

    /** SIGKILL: the process gets no chance to clean up, as in a crash. */
    public synchronized void kill() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            waitFor(p, Duration.ofSeconds(30));
        }
    }

    /** SIGTERM, then SIGKILL if it has not stopped within the grace period. */
    public synchronized void stop() {
        requestStop();
        awaitStopped(System.nanoTime() + STOP_GRACE.toNanos());
    }

    /** SIGTERM, without waiting: {@link #awaitStopped} waits, so several processes can stop at once. */
    synchronized void requestStop() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
        }
    }

    /** Waits until the process has stopped, killing it (SIGKILL) if it is still running at the deadline. */
    synchronized void awaitStopped(long deadlineNanos) {
        Process p = process;
        if (p != null && p.isAlive()) {
            Duration left = Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
            if (!waitFor(p, left)) {
                p.destroyForcibly();
                waitFor(p, Duration.ofSeconds(10));
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the command line before use
        }
    }

    public boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
