package org.contrepoint.reply;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the composer, the reply page, the reviewer's inbox and the sign-off admin. French here; English in messages/reply_en.properties. */
@MessageBundle(value = "reply", locale = "fr")
public interface ReplyMessages {

    @Message("Rédiger une réponse à la publication n° {id}")
    String composeTitle(long id);

    @Message("Réponse n° {id}")
    String replyTitle(long id);

    @Message("Retour à la publication n° {id}")
    String backToPost(long id);

    @Message("Rédigée par {name}, modifiée le {when} UTC")
    String byAuthor(String name, String when);

    @Message("La publication")
    String thePost();

    @Message("La réponse")
    String theReply();

    @Message("Réponse")
    String reply();

    @Message("limite de {max} caractères")
    String platformLimit(int max);

    @Message("Point de départ")
    String startingPoint();

    @Message("version {n}")
    String versionNumber(int n);

    @Message("Modèle relu et publié dans la bibliothèque. Remplissez ses variables ; vous pouvez adapter le texte, l’écart au modèle sera montré aux relecteurs.")
    String fromTemplateHint();

    @Message("Texte libre : aucun modèle de la bibliothèque. Il demandera le nombre complet d’approbations prévu pour ce niveau de risque.")
    String freeTextHint();

    @Message("Texte libre (sans modèle).")
    String freeText();

    @Message("Rédaction")
    String composer();

    @Message("Variables du modèle")
    String variablesLegend();

    @Message("Remplace la variable « {name} » partout dans le texte.")
    String variableHint(String name);

    @Message("Texte de la réponse")
    String text();

    @Message("Les variables s’écrivent entre doubles accolades ; elles sont remplacées par les valeurs ci-dessus.")
    String textHint();

    @Message("Il reste {n} caractères pour {platform}.")
    String lengthLeft(int n, String platform);

    @Message("Trop long de {n} caractères pour {platform} : raccourcissez avant de soumettre.")
    String lengthOver(int n, String platform);

    @Message("Il reste %n caractères pour %p.")
    String lengthLeftTemplate();

    @Message("Trop long de %n caractères pour %p : raccourcissez avant de soumettre.")
    String lengthOverTemplate();

    @Message("Aperçu")
    String preview();

    @Message("Enregistrer le brouillon")
    String createDraft();

    @Message("Enregistrer")
    String saveDraft();

    @Message("Enregistrer et soumettre à validation")
    String saveAndSubmit();

    @Message("Soumettre à validation")
    String submit();

    @Message("Retirer cette réponse")
    String withdraw();

    @Message("Modifier le texte annulera les approbations déjà données : la réponse devra être soumise à nouveau.")
    String editVoidsApprovals();

    @Message("Variables non remplies ou inconnues : {#each left}{it}{#if it_hasNext}, {/if}{/each}. Remplissez-les avant de soumettre.")
    String leftovers(java.util.List<String> left);

    @Message("Écart au modèle : {percent} %")
    String departure(int percent);

    @Message("Différences avec le modèle")
    String diffTitle();

    @Message("Texte ajouté souligné, texte supprimé barré.")
    String diffLegend();

    @Message("Validation")
    String signoff();

    @Message("{given} approbation(s) sur {needed} requise(s)")
    String approvalsCount(int given, int needed);

    @Message("Empreinte SHA-256 du texte :")
    String fingerprintOf();

    @Message("Approuvée par {name} le {when} UTC")
    String approvalBy(String name, String when);

    @Message("annulée : {why}")
    String approvalVoided(String why);

    @Message("donnée sur un autre texte")
    String approvalOtherText();

    @Message("soumission n° {n}")
    String roundNumber(int n);

    @Message("Publication")
    String publication();

    @Message("Publiée le {when} UTC par {by}")
    String publishedOn(String when, String by);

    @Message("Refusée par {name}")
    String rejectedBy(String name);

    @Message("Modifications demandées par {name}")
    String changesRequestedBy(String name);

    @Message("Votre relecture")
    String reviewTitle();

    @Message("Vous approuvez exactement le texte affiché (son empreinte est transmise) ; s’il change ensuite, votre approbation est annulée.")
    String approveHint();

    @Message("Approuver ce texte")
    String approve();

    @Message("Ou bien")
    String otherDecision();

    @Message("Demander des modifications (retour à l’auteur)")
    String requestChanges();

    @Message("Refuser définitivement")
    String reject();

    @Message("Motif")
    String reasonCode();

    @Message("Choisissez un motif")
    String chooseReason();

    @Message("Commentaire pour l’auteur")
    String decisionComment();

    @Message("Envoyer la décision")
    String sendDecision();

    @Message("{#when why}{#is 'OWN_REPLY'}Vous êtes l’auteur de cette réponse : vous ne pouvez pas la valider.{#is 'POLICY_MET'}Le nombre d’approbations requis est atteint : aucune autre décision n’est attendue.{#else}Vous avez déjà approuvé ce texte ; il attend d’autres relecteurs.{/when}")
    String cannotDecide(String why);

    @Message("Publication sur la plateforme")
    String publishTitle();

    @Message("Publiez vous-même le texte approuvé sur la plateforme, puis indiquez ici l’adresse et l’heure de votre réponse.")
    String publishHint();

    @Message("Adresse (URL) de la réponse publiée")
    String publishedUrl();

    @Message("Date et heure de publication")
    String publishedAt();

    @Message("Heure de Paris.")
    String publishedAtHint();

    @Message("Enregistrer la publication")
    String recordPublication();

    @Message("Résultats observés")
    String outcomes();

    @Message("Aucun résultat enregistré pour l’instant.")
    String noOutcome();

    @Message("Enregistrer un résultat")
    String recordOutcome();

    @Message("Relevé")
    String recordedAt();

    @Message("Appréciation")
    String assessment();

    @Message("Choisissez une appréciation")
    String chooseAssessment();

    @Message("Positive (réponse entendue)")
    String assessmentPOSITIVE();

    @Message("Neutre (pas d’effet visible)")
    String assessmentNEUTRAL();

    @Message("Négative (effet contraire)")
    String assessmentNEGATIVE();

    @Message("Réponses reçues")
    String repliesReceived();

    @Message("Réactions")
    String reactions();

    @Message("Effets")
    String effects();

    @Message("Publication d’origine retirée")
    String postRemoved();

    @Message("Compte suspendu")
    String accountSuspended();

    @Message("Suite du signalement")
    String referralResult();

    @Message("Sans objet")
    String noReferral();

    @Message("En attente")
    String referralPENDING();

    @Message("Contenu retiré")
    String referralCONTENT_REMOVED();

    @Message("Compte suspendu")
    String referralACCOUNT_SUSPENDED();

    @Message("Sans suite")
    String referralNO_ACTION();

    @Message("Poursuites engagées")
    String referralPROCEEDINGS();

    @Message("Note (facultative)")
    String outcomeNote();

    @Message("Enregistrer le résultat")
    String saveOutcome();

    @Message("Statut")
    String status();

    @Message("Brouillon")
    String statusDRAFT();

    @Message("Soumise")
    String statusSUBMITTED();

    @Message("Modifications demandées")
    String statusCHANGES_REQUESTED();

    @Message("Approuvée")
    String statusAPPROVED();

    @Message("Refusée")
    String statusREJECTED();

    @Message("Publiée")
    String statusPUBLISHED();

    @Message("Retirée")
    String statusWITHDRAWN();

    @Message("Plateforme")
    String platform();

    @Message("Auteur")
    String author();

    @Message("Approbations")
    String approvalsColumn();

    @Message("Modifiée le (UTC)")
    String updated();

    @Message("Mes réponses")
    String mineTitle();

    @Message("Les réponses que vous avez rédigées, les plus récemment modifiées d’abord.")
    String mineIntro();

    @Message("Tous les statuts")
    String allStatuses();

    @Message("Filtrer")
    String filter();

    @Message("Aucune réponse.")
    String noReplies();

    @Message("Réponses à valider")
    String inboxTitle();

    @Message("Les réponses soumises par d’autres que vous, les plus anciennes d’abord. Vous approuvez le texte exact que vous lisez.")
    String inboxIntro();

    @Message("En attente de votre relecture ({n})")
    String inboxWaiting(int n);

    @Message("Rien ne vous attend.")
    String inboxEmpty();

    @Message("Approuvées par vous, en attente d’autres relecteurs ({n})")
    String inboxApprovedByMe(int n);

    @Message("Aucune.")
    String inboxNoneApproved();

    @Message("Le formulaire contient des erreurs : corrigez les champs signalés. Rien n’a été enregistré.")
    String formErrors();

    @Message("Ce modèle ne peut pas être utilisé : il n’existe pas, n’est pas publié, a été retiré ou a dépassé sa date de révision.")
    String templateUnusable();

    @Message("Texte enregistré. {n} approbation(s) annulée(s) car le texte a changé : soumettez à nouveau.")
    String approvalsVoided(int n);

    @Message("{#when what}{#is 'created'}Brouillon créé.{#is 'saved'}Brouillon enregistré.{#is 'submitted'}Réponse soumise à validation ; les relecteurs sont prévenus.{#is 'withdrawn'}Réponse retirée.{#is 'approved'}Approbation enregistrée.{#is 'request-changes'}Modifications demandées ; l’auteur est prévenu.{#is 'reject'}Réponse refusée ; l’auteur est prévenu.{#is 'published'}Publication enregistrée.{#is 'outcome'}Résultat enregistré.{#else}Enregistré.{/when}")
    String done(String what);

    @Message("{#when key}{#is 'Empty'}Écrivez le texte de la réponse.{#is 'TooLong'}Le texte dépasse 20 000 caractères.{#is 'ValueTooLong'}Cette valeur dépasse 2 000 caractères.{#is 'PublicationUrl'}Indiquez l’adresse web (https://…) de la réponse publiée.{#is 'PublicationTime'}Indiquez la date et l’heure de publication (jj/mm/aaaa hh:mm).{#is 'OutcomeCount'}Indiquez un nombre entier positif (ou laissez vide pour zéro).{#is 'OutcomeReferral'}Choisissez une suite de signalement dans la liste.{#is 'OutcomeAssessment'}Choisissez une appréciation.{#is 'OutcomeNote'}La note dépasse 2 000 caractères.{#is 'CommentTooLong'}Le commentaire dépasse 4 000 caractères.{#is 'Decision'}Choisissez « demander des modifications » ou « refuser ».{#else}Valeur invalide.{/when}")
    String fieldError(String key);

    @Message("{#when reason}{#is NOT_AUTHOR}Seul l’auteur de la réponse peut faire cela.{#is OWN_REPLY}Vous êtes l’auteur de cette réponse : vous ne pouvez pas la valider.{#is ALREADY_APPROVED}Vous avez déjà approuvé ce texte.{#is POLICY_MET}Le nombre d’approbations requis est déjà atteint.{#is WRONG_ROLE}Votre rôle ne permet pas cette action.{#is ILLEGAL_STATE}Cette action n’est pas possible dans l’état actuel de la réponse.{#is STALE}La réponse a été modifiée par quelqu’un d’autre depuis l’ouverture de la page. Votre saisie est conservée ci-dessous : vérifiez l’état actuel puis recommencez.{#is UNFILLED_VARIABLES}Des variables ne sont pas remplies (ou sont inconnues) : remplissez-les avant de soumettre.{#is TOO_LONG}Le texte est trop long pour la plateforme : raccourcissez-le avant de soumettre.{#is EMPTY}Le texte est vide.{#is REASON_REQUIRED}Choisissez un motif dans la liste.{#is APPROVALS_VOID}Les approbations ne correspondent plus au texte : soumettez-le à nouveau.{#is POST_NOT_ANSWERABLE}On ne peut rédiger une réponse que pour une publication que vous avez prise en charge et pour laquelle la décision est « répondre ».{#else}L’adresse ou l’heure de publication est invalide (l’heure ne peut être ni future ni antérieure à la soumission).{/when}")
    String refusal(ReplyRefusal.Reason reason);
    @Message("Réponses")
    String repliesOfPost();

    @Message("Aucune réponse rédigée pour cette publication.")
    String noReplyYet();

    @Message("Rédiger une réponse en texte libre")
    String writeFreeText();

    @Message("Pour rédiger une réponse, prenez en charge la publication et décidez « répondre » (ou « répondre et signaler »).")
    String composeWhen();
    @Message("Jamais utilisé dans une réponse publiée pour l’instant.")
    String neverUsed();

    @Message("Utilisé dans {uses} réponse(s) publiée(s) ; efficacité {effectiveness}/100 d’après {assessed} résultat(s) apprécié(s) (50 = neutre ou pas encore de recul).")
    String usageLine(int uses, int effectiveness, int assessed);
}
