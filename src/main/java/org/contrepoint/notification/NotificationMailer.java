package org.contrepoint.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the e-mail of a notification after the transaction commits, without holding up the request: a slow or
 * unreachable SMTP server costs a log line, never the change itself (the in-app notification is there anyway).
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);
    private static final Duration RETRY_DELAY = Duration.ofMillis(200);

    @CheckedTemplate(basePath = "NotificationMailer")
    static class Templates {
        static native TemplateInstance text(String greeting, String title, String byActor, String intro, String url,
                String footer);

        static native TemplateInstance html(String greeting, String title, String byActor, String intro, String url,
                String footer);
    }

    @Inject
    ReactiveMailer mailer;

    @ConfigProperty(name = "contrepoint.base-url")
    String baseUrl;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated event) {
        NotificationMessages messages = NotificationTexts.in(event.locale());
        String title = NotificationTexts.title(event.kind(), event.subjectLabel(), event.locale());
        String byActor = event.actorName() == null ? "" : messages.byActor(event.actorName());
        String url = baseUrl.replaceAll("/+$", "") + event.link();
        String greeting = messages.mailGreeting(event.displayName());
        // The subject is one header line: whatever a title contains, it cannot add headers.
        String subject = "[Contrepoint] " + title.replaceAll("[\\r\\n]+", " ");
        Mail mail = Mail.withText(event.email(), subject,
                Templates.text(greeting, title, byActor, messages.mailOpen(), url, messages.mailFooter()).render())
                .setHtml(Templates.html(greeting, title, byActor, messages.mailOpen(), url, messages.mailFooter())
                        .render());
        // A pooled connection can be closed by the server at any moment (many drop idle ones after 30 s; the
        // keep-alive timeout only narrows the window): the failed attempt then gets a 421 and a retry goes out on a
        // new connection. Seen in CI despite the 20 s keep-alive timeout.
        mailer.send(mail).onFailure().retry().withBackOff(RETRY_DELAY).atMost(2).subscribe().with(
                done -> LOG.debugf("Notification e-mail sent (%s)", event.kind()),
                failure -> LOG.warnf("Notification e-mail not sent (%s): %s", event.kind(), failure.getMessage()));
    }
}
