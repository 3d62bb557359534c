package io.orderflow.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processes left behind by a stack whose launcher was killed: found by their pid files and
 * stopped, but only if their command line still names this stack's data directory.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    static void reap(Path dataDir) {
        Path pids = dataDir.resolve("pids");
        if (!Files.isDirectory(pids)) {
            return;
        }
        try (Stream<Path> files = Files.list(pids)) {
            files.forEach(file -> {
                try {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    ProcessHandle.of(pid)
                            .filter(h -> h.info().commandLine().orElse("").contains(ProcessSpecs.marker(dataDir)))
                            .ifPresent(StaleProcesses::terminate);
                    Files.deleteIfExists(file);
                } catch (IOException | NumberFormatException e) {
                    // unreadable pid file: nothing to reap
                }
            });
        } catch (IOException e) {
            // no pid directory listing: nothing to reap
        }
    }

    private static void terminate(ProcessHandle handle) {
        handle.destroyForcibly();
        handle.onExit().join();
    }
}
