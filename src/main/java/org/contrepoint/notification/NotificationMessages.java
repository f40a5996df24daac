package org.contrepoint.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of notifications, their page and their e-mails. English in messages/notification_en.properties. */
@MessageBundle(value = "notification", locale = "fr")
public interface NotificationMessages {

    @Message("Notifications")
    String title();

    @Message("{count} non lue(s)")
    String unread(long count);

    @Message("Vous n’avez aucune notification.")
    String empty();

    @Message("Tout marquer comme lu")
    String markAllRead();

    @Message("Ouvrir")
    String open();

    @Message("Non lue")
    String unreadTag();

    @Message("Le {when} (UTC)")
    String receivedAt(String when);

    @Message("Brouillon de réponse à valider : {subject}")
    String draftSubmitted(String subject);

    @Message("Décision sur votre brouillon : {subject}")
    String draftDecided(String subject);

    @Message("Validation en retard : {subject}")
    String approvalOverdue(String subject);

    @Message("Proposition de modèle à relire : {subject}")
    String templateSubmitted(String subject);

    @Message("Décision sur votre proposition de modèle : {subject}")
    String templateDecided(String subject);

    @Message("Vous avez été mentionné : {subject}")
    String mentioned(String subject);

    @Message("par {actor}")
    String byActor(String actor);

    @Message("Bonjour {name},")
    String mailGreeting(String name);

    @Message("Ouvrez Contrepoint pour en savoir plus :")
    String mailOpen();

    @Message("Vous recevez ce message parce que vous utilisez Contrepoint. Les notifications restent consultables dans l’application.")
    String mailFooter();
}
