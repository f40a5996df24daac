package org.contrepoint.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;

/** Reads a test mailbox over IMAP from the suite's SMTP server. */
public final class Mailbox {

    /** What arrived: subject, plain text and HTML bodies. */
    public record Received(String subject, String text, String html) {
    }

    private Mailbox() {
    }

    /**
     * Waits until the mailbox holds at least {@code count} messages, and returns them. Up to 40 s: a mail can be
     * caught on a pooled connection the server drops after its 30 s idle timeout (seen in CI: 421 after a 30 s
     * stall); the mailer then sends it again on a new connection, so it arrives late but arrives.
     */
    public static List<Received> awaitMessages(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        List<Received> messages = read(address);
        while (messages.size() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            messages = read(address);
        }
        return messages;
    }

    public static List<Received> read(String address) {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.host", "127.0.0.1");
        properties.setProperty("mail.imap.port", System.getProperty(SmtpServer.IMAP_PORT_PROPERTY));
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return List.of();
            }
            inbox.open(Folder.READ_ONLY);
            List<Received> received = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                received.add(parse(message));
            }
            inbox.close(false);
            return received;
        } catch (MessagingException e) {
            // No mailbox yet: nothing was delivered to this address.
            return List.of();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received parse(Message message) throws MessagingException, java.io.IOException {
        String text = null;
        String html = null;
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                } else if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        var inner = nested.getBodyPart(j);
                        if (inner.isMimeType("text/plain")) {
                            text = (String) inner.getContent();
                        } else if (inner.isMimeType("text/html")) {
                            html = (String) inner.getContent();
                        }
                    }
                }
            }
        } else {
            text = String.valueOf(content);
        }
        return new Received(message.getSubject(), text, html);
    }
}
