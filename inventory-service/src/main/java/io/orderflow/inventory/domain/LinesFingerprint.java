package io.orderflow.inventory.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Collectors;

/** SHA-256 of the requested lines sorted by SKU: equal for the same lines in any order. */
public final class LinesFingerprint {

    private LinesFingerprint() {
    }

    public static String of(Collection<RequestedLine> lines) {
        String canonical = lines.stream()
                .sorted(Comparator.comparing(RequestedLine::sku))
                .map(l -> l.sku().value() + "=" + l.quantity().value())
                .collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
