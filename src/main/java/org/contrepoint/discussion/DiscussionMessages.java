package org.contrepoint.discussion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the {@code {#discussion}} tag. English in messages/discussion_en.properties. */
@MessageBundle(value = "discussion", locale = "fr")
public interface DiscussionMessages {

    @Message("Discussion")
    String title();

    @Message("Pas encore de commentaire.")
    String empty();

    @Message("le {when} (UTC)")
    String writtenAt(String when);

    @Message("Votre commentaire")
    String yourComment();

    @Message("Pour prévenir quelqu’un, mentionnez son nom ainsi : @[{example}]. Seules les personnes qui peuvent voir cette discussion sont prévenues. 4 000 caractères au plus.")
    String hint(String example);

    @Message("Personnes que vous pouvez mentionner")
    String mentionable();

    @Message("Personne d’autre ne peut voir cette discussion pour l’instant.")
    String nobodyToMention();

    @Message("Mentionner")
    String pickerLabel();

    @Message("Insérer la mention")
    String insertMention();

    @Message("Ajouter le commentaire")
    String submit();

    @Message("{#when code}{#is 'empty'}Écrivez un commentaire avant de l’envoyer.{#is 'too-long'}Votre commentaire fait {length} caractères : 4 000 au plus. Raccourcissez-le.{#else}Ce commentaire ne peut pas être ajouté.{/when}")
    String error(String code, int length);

    @Message("« {name} » ne peut pas voir cette discussion : pas de notification.")
    String notNotified(String name);

}
