package io.orderflow.stack.deploy;

import io.orderflow.stack.ServiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads from its environment, taken from its own {@code application.properties}: every
 * {@code ${VAR...}} placeholder (any profile), the environment names of the properties it sets (MicroProfile
 * Config's mapping, for a directly set {@code QUARKUS_...}), and the placeholders production must be given:
 * those without a default or with an empty one, outside the {@code %dev} and {@code %test} profiles.
 */
record ServiceConfiguration(ServiceSpec service, Set<String> read, Set<String> required) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");

    static ServiceConfiguration of(Path root, ServiceSpec service) {
        Path file = root.resolve(service.module()).resolve("src/main/resources/application.properties");
        Set<String> read = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (String raw : lines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip();
            boolean devOrTest = key.startsWith("%dev.") || key.startsWith("%test.");
            if (!key.startsWith("%")) {
                read.add(environmentName(key));
            }
            Matcher placeholder = PLACEHOLDER.matcher(line.substring(line.indexOf('=') + 1));
            while (placeholder.find()) {
                read.add(placeholder.group(1));
                boolean noDefault = placeholder.group(2) == null || placeholder.group(3).isEmpty();
                if (noDefault && !devOrTest) {
                    required.add(placeholder.group(1));
                }
            }
        }
        return new ServiceConfiguration(service, read, required);
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics become '_', upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    String httpPortVariable() {
        return service.envPrefix() + "_HTTP_PORT";
    }

    private static Iterable<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
