package io.orderflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Free ports come from above the kernel's range for outgoing connections, and are free when handed out. */
class PortsTest {

    @Test
    void aFreePortIsAboveTheOutgoingRangeAndCanBeListenedOn() throws Exception {
        int port = Ports.freePort();

        assertThat(port).isBetween(Ports.FIRST, Ports.LAST);
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(Ports.isListening(port)).isTrue();
        }
    }
}
