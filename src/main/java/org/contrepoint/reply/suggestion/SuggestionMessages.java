package org.contrepoint.reply.suggestion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the suggestions: their reasons and the post page's section. English in messages/suggest_en.properties. */
@MessageBundle(value = "suggest", locale = "fr")
public interface SuggestionMessages {

    @Message("Récit commun : {labels}")
    String reasonNarrative(String labels);

    @Message("Récits communs : {labels}")
    String reasonNarratives(String labels);

    @Message("Texte proche (mots communs : {words})")
    String reasonText(String words);

    @Message("Même langue ({language})")
    String reasonSameLanguage(String language);

    @Message("Autre langue ({language})")
    String reasonOtherLanguage(String language);

    @Message("Variante {platform} prête, dans la limite de {limit} caractères ({length})")
    String reasonVariantFits(String platform, int length, int limit);

    @Message("Tient dans la limite de {platform} : {length} / {limit} caractères")
    String reasonFits(String platform, int length, int limit);

    @Message("Trop long pour {platform} : {length} / {limit} caractères, à raccourcir")
    String reasonTooLong(String platform, int length, int limit);

    @Message("Efficacité {effectiveness}/100 sur {uses} utilisation{#if uses > 1}s{/if}")
    String reasonEffectiveness(int effectiveness, int uses);

    @Message("Pas encore utilisé : efficacité neutre (50/100)")
    String reasonNoHistory();

    @Message("Modèles suggérés")
    String heading();

    @Message("Les modèles publiés qui conviennent le mieux à cette publication, les meilleurs d’abord, avec leurs raisons.")
    String intro();

    @Message("Score {score}/100")
    String score(long score);

    @Message("Raisons :")
    String reasons();

    @Message("Rédiger à partir de ce modèle")
    String compose();

    @Message("Aucun modèle publié ne correspond à cette publication (ni récit commun, ni mots en commun).")
    String none();
}
