package io.orderflow.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The local stack's credentials: the first admin and ops passwords and order-service's client secret. Made at
 * random on the first start and kept in the data directory (readable by its owner only), so nothing secret is
 * committed and a restart keeps the same ones.
 */
public record StackSecrets(String adminPassword, String opsPassword, String orderServiceClientSecret) {

    static final String FILE = "credentials.properties";

    static StackSecrets loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
            }
            boolean changed = putIfAbsent(properties, "admin.password")
                    | putIfAbsent(properties, "ops.password")
                    | putIfAbsent(properties, "order-service.client-secret");
            if (changed) {
                Files.createDirectories(dataDir);
                try (Writer writer = Files.newBufferedWriter(file)) {
                    properties.store(writer, "made by ./stack; log in as admin or ops with these passwords");
                }
                restrictToOwner(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StackSecrets(properties.getProperty("admin.password"), properties.getProperty("ops.password"),
                properties.getProperty("order-service.client-secret"));
    }

    private static boolean putIfAbsent(Properties properties, String key) {
        if (properties.getProperty(key) != null) {
            return false;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        properties.setProperty(key, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return true;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the directory's permissions.
        }
    }
}
