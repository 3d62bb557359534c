package io.orderflow.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ThreadLocalRandom;

/** Finds free loopback ports and checks that a configured port is still free. */
public final class Ports {

    private Ports() {
    }

    /**
     * Ports handed out, from above Linux's range for outgoing connections (32768–60999 by default): a port the
     * kernel gave a client socket between this call and the server's start was one system-test failure ("port …
     * seems to be in use") before ports came from here.
     */
    static final int FIRST = 61000;
    static final int LAST = 65535;

    /** A port that nothing listens on at the moment of the call. */
    public static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = random.nextInt(FIRST, LAST + 1);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on the loopback interface", e);
        }
    }

    /** True when something accepts TCP connections on localhost at this port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the port and its owner when the port is taken. */
    public static void requireFree(int port, String owner) {
        if (isListening(port)) {
            throw new PortInUseException(port, owner);
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortInUseException(port, owner);
        }
    }

    /** A configured port is already taken by another program. */
    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(int port, String owner) {
            super("port " + port + " (wanted by " + owner + ") is already in use; stop whatever listens there "
                    + "or choose another port for " + owner);
        }
    }
}
