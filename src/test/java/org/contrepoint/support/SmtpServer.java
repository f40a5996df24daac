package org.contrepoint.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A real SMTP server (GreenMail) for the whole test suite, so that e-mails travel over the SMTP protocol as in
 * production; tests read what arrived over IMAP ({@link Mailbox}), also a real protocol. Any recipient gets a
 * mailbox on first delivery.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    public static final String IMAP_PORT_PROPERTY = "contrepoint.test.imap-port";

    /** Servers drop idle connections after 30 s by default, GreenMail too. */
    public static final int IDLE_TIMEOUT_MS = 30_000;

    private static volatile GreenMail greenMail;

    /**
     * How long the server keeps a connection nobody writes on before it answers 421 and closes it; applies to
     * connections opened from now on.
     */
    public static void closeIdleConnectionsAfter(int millis) {
        greenMail.getSmtp().setClientSocketTimeout(millis);
    }

    /**
     * Whether a client holds a connection to the SMTP server, read from the kernel's socket tables (an ESTABLISHED
     * socket on the server's port): GreenMail does not tell, and tests need to know when it has closed one.
     */
    public static boolean hasOpenConnection() {
        String port = String.format(Locale.ROOT, ":%04X", greenMail.getSmtp().getPort());
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] field = line.trim().split("\\s+"); // sl, local address:port, remote, state, ...
                    if (field.length > 3 && field[1].endsWith(port) && "01".equals(field[3])) {
                        return true;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + table, e);
            }
        }
        return false;
    }

    /** Waits until no client holds a connection to the SMTP server; false if one is still open at the timeout. */
    public static boolean awaitNoOpenConnection(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (hasOpenConnection()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return true;
    }

    @Override
    public Map<String, String> start() {
        int smtp = freePort();
        int imap = freePort();
        greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        System.setProperty(IMAP_PORT_PROPERTY, String.valueOf(imap));
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtp),
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
    }
}
