package io.orderflow.stack.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the real command line tools that render the deployment files; a missing tool skips, loudly. */
final class Tools {

    private Tools() {
    }

    /** {@code docker-compose} (1.x), else {@code docker compose} (v2), as a command prefix. */
    static List<String> composeOrSkip() {
        if (onPath("docker-compose").isPresent()) {
            return List.of("docker-compose");
        }
        if (onPath("docker").isPresent() && run(Path.of("."), List.of("docker", "compose", "version")).exitCode == 0) {
            return List.of("docker", "compose");
        }
        return skip("neither docker-compose nor 'docker compose' is on the PATH "
                + "(apt-get install -y docker-compose): docker-compose.yml was NOT checked");
    }

    static List<String> kubectlOrSkip() {
        if (onPath("kubectl").isPresent()) {
            return List.of("kubectl");
        }
        return skip("kubectl is not on the PATH (apt-get install -y kubectl): deploy/k8s was NOT checked");
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command in a directory; fails the test when it does not exit 0. */
    static String output(Path dir, List<String> command) {
        Result result = run(dir, command);
        if (result.exitCode != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + result.exitCode + ":\n" + result.stderr);
        }
        return result.stdout;
    }

    static Result run(Path dir, List<String> command) {
        try {
            Path out = Files.createTempFile("deploy-check", ".out");
            Path err = Files.createTempFile("deploy-check", ".err");
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static <T> T skip(String notice) {
        System.err.println("NOTICE (deployment files test skipped): " + notice);
        Assumptions.assumeTrue(false, notice);
        throw new IllegalStateException("unreachable");
    }
}
