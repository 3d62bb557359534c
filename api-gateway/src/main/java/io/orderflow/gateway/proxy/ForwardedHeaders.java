package io.orderflow.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The X-Forwarded-* headers a backend builds its Location headers and links from. They always describe
 * what the gateway itself saw: a client could otherwise make a backend point links anywhere.
 */
final class ForwardedHeaders {

    /** A host name, IPv4 or bracketed IPv6 address and an optional port; nothing a header list could split. */
    private static final Pattern SAFE_AUTHORITY =
            Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?");

    private ForwardedHeaders() {
    }

    /**
     * Replaces every forwarding header in {@code headers} with the gateway's own. No X-Forwarded-Prefix:
     * the gateway forwards the path unchanged, so the backend's paths are the gateway's.
     */
    static void replace(HttpServerRequest request, MultiMap headers) {
        List<String> clientSupplied = headers.names().stream().filter(ForwardedHeaders::isForwardingHeader).toList();
        clientSupplied.forEach(headers::remove);
        String scheme = request.scheme() == null ? "http" : request.scheme();
        HostAndPort authority = authority(request);
        int port = authority.port() >= 0 ? authority.port() : defaultPort(scheme);
        headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        headers.set("X-Forwarded-Proto", scheme);
        headers.set("X-Forwarded-Host", text(authority));
        headers.set("X-Forwarded-Port", Integer.toString(port));
    }

    private static boolean isForwardingHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("x-forwarded-") || lower.equals("forwarded");
    }

    /** The host (and port, if given) the client addressed; the gateway's own address when it sent none usable. */
    private static HostAndPort authority(HttpServerRequest request) {
        HostAndPort sent = request.authority();
        if (sent != null && SAFE_AUTHORITY.matcher(text(sent)).matches()) {
            return sent;
        }
        SocketAddress local = request.localAddress();
        String host = local.hostAddress().contains(":") ? "[" + local.hostAddress() + "]" : local.hostAddress();
        return HostAndPort.create(host, local.port());
    }

    private static String text(HostAndPort authority) {
        return authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
