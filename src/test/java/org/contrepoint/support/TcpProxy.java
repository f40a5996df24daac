package org.contrepoint.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the application and a real server, which a test can cut and restore: the way to take a
 * database away from the application (and give it back) without stopping a server other runs rely on.
 */
public final class TcpProxy {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private final int port;

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = listen(0);
    }

    public int port() {
        return port;
    }

    /** Refuses new connections and breaks the open ones, as a network failure or a stopped server would. */
    public synchronized void cut() {
        closeQuietly(server);
        server = null;
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    public synchronized void restore() {
        if (server == null) {
            listen(port);
        }
    }

    /**
     * Lets a test cut and restore this relay through a system property ({@code "cut"} or {@code "open"}): the
     * relay lives in a Quarkus test resource and the test in another class loader, and a string in the JVM-wide
     * properties is the one thing both sides share safely. {@link #flip} is the test's side.
     */
    public TcpProxy switchedBy(String property) {
        System.setProperty(property, server == null ? "cut" : "open");
        Thread watcher = new Thread(() -> {
            String state = System.getProperty(property);
            while (System.getProperty(property) != null) {
                String wanted = System.getProperty(property);
                if (!wanted.equals(state)) {
                    if ("cut".equals(wanted)) {
                        cut();
                    } else {
                        restore();
                    }
                    state = wanted;
                    System.setProperty(property + ".done", state);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            }
        }, "tcp-proxy-switch");
        watcher.setDaemon(true);
        watcher.start();
        return this;
    }

    /** Asks the relay watching {@code property} to {@code "cut"} or {@code "open"}, and waits until it has. */
    public static void flip(String property, String command) {
        System.clearProperty(property + ".done");
        System.setProperty(property, command);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (!command.equals(System.getProperty(property + ".done")) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        if (!command.equals(System.getProperty(property + ".done"))) {
            throw new IllegalStateException("The relay did not " + command + " within 5 s");
        }
    }

    private int listen(int requestedPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", requestedPort));
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + requestedPort, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // One side went away: the other is closed below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // Closing is best effort.
        }
    }
}
