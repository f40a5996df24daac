package org.contrepoint.signoff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.contrepoint.queue.RiskLevel;

/** Texts of the sign-off administration. French here; English in messages/signoff_en.properties. */
@MessageBundle(value = "signoff", locale = "fr")
public interface SignoffMessages {

    @Message("Politique de validation et motifs")
    String adminTitle();

    @Message("Combien de relecteurs doivent approuver une réponse selon le risque, et les motifs proposés aux relecteurs.")
    String adminCard();

    @Message("Politique de validation")
    String policyTitle();

    @Message("Pour chaque niveau de risque de la publication, indiquez combien de relecteurs distincts doivent approuver une réponse avant qu’elle puisse être publiée (de 1 à 5). Un modèle validé de la bibliothèque repris presque tel quel peut demander moins d’approbations : indiquez ce nombre réduit et l’écart maximal, en pourcentage du texte, jusqu’auquel une réponse compte comme « presque telle quelle ».")
    String policyIntro();

    @Message("Un changement ne vaut que pour les réponses soumises après son enregistrement : le nombre d’approbations d’une réponse est fixé au moment où elle est soumise, et les réponses déjà en attente gardent le leur.")
    String policyAppliesLater();

    @Message("Quelle que soit la politique, l’auteur d’une réponse ne peut jamais l’approuver lui-même, administrateurs compris : seules comptent les approbations d’autres relecteurs.")
    String authorNeverApproves();

    @Message("Nombre d’approbations requises par niveau de risque")
    String policyCaption();

    @Message("Niveau de risque")
    String riskColumn();

    @Message("Approbations requises")
    String approvalsColumn();

    @Message("Approbations pour un modèle repris presque tel quel")
    String verbatimColumn();

    @Message("Écart maximal « presque tel quel » (%)")
    String departureColumn();

    @Message("Approbations requises, risque {risk}")
    String approvalsLabel(String risk);

    @Message("Approbations pour un modèle repris presque tel quel, risque {risk}")
    String verbatimLabel(String risk);

    @Message("Écart maximal en pourcentage, risque {risk}")
    String departureLabel(String risk);

    @Message("{#when risk}{#is LOW}Faible{#is MEDIUM}Moyen{#is HIGH}Élevé{#else}Critique{/when}")
    String risk(RiskLevel risk);

    @Message("Enregistrer la politique")
    String savePolicy();

    @Message("Politique enregistrée : {count} niveau(x) de risque modifié(s). Elle s’applique aux prochaines soumissions.")
    String policySaved(int count);

    @Message("La politique n’a pas été enregistrée : corrigez les champs signalés.")
    String policyInvalid();

    @Message("La politique a été modifiée par quelqu’un d’autre depuis l’ouverture de cette page : rien n’a été enregistré. Vos saisies sont conservées ci-dessous ; rechargez la page pour voir la politique actuelle, puis recommencez.")
    String policyStale();

    @Message("{#when problem}{#is APPROVALS_RANGE}Indiquez un nombre entier de 1 à 5.{#is VERBATIM_RANGE}Indiquez un nombre entier de 1 à 5.{#is VERBATIM_ABOVE_APPROVALS}Ce nombre ne peut pas dépasser le nombre d’approbations requises pour ce niveau de risque.{#else}Indiquez un pourcentage entier de 0 à 100.{/when}")
    String policyProblem(PolicyForm.Problem problem);

    @Message("Motifs de décision")
    String reasonsTitle();

    @Message("Les relecteurs choisissent un motif quand ils demandent des modifications ou refusent une réponse. Un motif retiré n’est plus proposé, mais il n’est jamais supprimé : les réponses qui l’utilisent le gardent dans leur historique.")
    String reasonsIntro();

    @Message("Motifs de décision proposés aux relecteurs")
    String reasonsCaption();

    @Message("Code")
    String code();

    @Message("Lettres minuscules sans accent, chiffres et tirets, par exemple « source-absente ». Il ne pourra plus être changé.")
    String codeHint();

    @Message("Libellé en français")
    String labelFr();

    @Message("Libellé en anglais")
    String labelEn();

    @Message("Position")
    String position();

    @Message("Ordre dans la liste (de 1 à 999) ; laissé vide, le motif se place à la fin.")
    String positionHint();

    @Message("État")
    String state();

    @Message("Actions")
    String actions();

    @Message("Actif")
    String active();

    @Message("Retiré")
    String retired();

    @Message("Modifier")
    String edit();

    @Message("Retirer")
    String retire();

    @Message("Réactiver")
    String reactivate();

    @Message("le motif {code}")
    String theReason(String code);

    @Message("Ajouter un motif")
    String addTitle();

    @Message("Ajouter le motif")
    String add();

    @Message("Modifier le motif « {code} »")
    String editTitle(String code);

    @Message("Le code d’un motif ne change pas, car des réponses y font référence ; seuls les libellés et la position se modifient.")
    String editIntro();

    @Message("Enregistrer")
    String save();

    @Message("Annuler")
    String cancel();

    @Message("Retour à la politique de validation")
    String back();

    @Message("Le motif n’a pas été enregistré : corrigez les champs signalés.")
    String reasonInvalid();

    @Message("Ce motif a été modifié par quelqu’un d’autre depuis l’ouverture de cette page : rien n’a été enregistré. Vos saisies sont conservées ; rechargez la page pour voir la version actuelle, puis recommencez.")
    String reasonStale();

    @Message("{#when problem}{#is CODE_REQUIRED}Indiquez un code.{#is CODE_FORMAT}Le code ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets (pas de tiret au début, à la fin ni deux de suite), par exemple « source-absente ».{#is CODE_TOO_LONG}Le code ne peut pas dépasser 60 caractères.{#is CODE_TAKEN}Ce code existe déjà : choisissez-en un autre, ou réactivez le motif existant.{#is LABEL_REQUIRED}Ce libellé est obligatoire.{#is LABEL_TOO_LONG}Le libellé ne peut pas dépasser 200 caractères.{#else}Indiquez un nombre entier de 1 à 999, ou laissez le champ vide.{/when}")
    String reasonProblem(ReasonForm.Problem problem);

    @Message("{#when done}{#is 'added'}Motif « {code} » ajouté.{#is 'edited'}Motif « {code} » modifié.{#is 'retired'}Motif « {code} » retiré : il n’est plus proposé aux relecteurs.{#else}Motif « {code} » réactivé : il est de nouveau proposé aux relecteurs.{/when}")
    String reasonDone(String done, String code);
}
