package io.orderflow.infra.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A postmaster left running by a launcher that was killed (kill -9 of the stack) still holds the
 * data directory and the port; this stops it with a fast shutdown so the next start can proceed.
 */
final class StalePostmaster {

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().info().command().orElse("").contains("postgres")) {
            return;
        }
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (handle.get().isAlive() && Instant.now().isBefore(deadline)) {
            try {
                handle.get().onExit().get(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
