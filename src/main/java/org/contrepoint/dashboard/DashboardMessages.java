package org.contrepoint.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the dashboard and of the home page's per-role summaries. French here; English in messages/dash_en.properties. */
@MessageBundle(value = "dash", locale = "fr")
public interface DashboardMessages {

    @Message("Les chiffres de l’équipe : ce qui attend, ce qui est en retard, combien de temps prend chaque étape, ce qui a été publié et signalé, l’usage des modèles et les campagnes repérées.")
    String intro();

    @Message("Période et filtres")
    String filters();

    @Message("Période")
    String period();

    @Message("7 derniers jours")
    String period7();

    @Message("30 derniers jours")
    String period30();

    @Message("90 derniers jours")
    String period90();

    @Message("Dates choisies")
    String periodCustom();

    @Message("Du (inclus)")
    String from();

    @Message("Au (inclus)")
    String to();

    @Message("Format attendu : AAAA-MM-JJ, pour « Dates choisies »")
    String dateHint();

    @Message("Récit")
    String narrative();

    @Message("Tous les récits")
    String allNarratives();

    @Message("Plateforme")
    String platform();

    @Message("Toutes les plateformes")
    String allPlatforms();

    @Message("Afficher")
    String apply();

    @Message("Certains filtres n’ont pas pu être appliqués")
    String errorsTitle();

    @Message("Choisissez une des périodes proposées.")
    String errorPeriod();

    @Message("Indiquez une date au format AAAA-MM-JJ.")
    String errorDateMissing();

    @Message("Cette date n’existe pas ou n’est pas au format AAAA-MM-JJ.")
    String errorDate();

    @Message("La date de fin doit suivre la date de début.")
    String errorOrder();

    @Message("La période ne peut pas dépasser {days} jours.")
    String errorTooLong(int days);

    @Message("Ce récit n’existe pas.")
    String errorNarrative();

    @Message("Cette plateforme n’existe pas.")
    String errorPlatform();

    @Message("Du {from} au {to} (jours UTC inclus).")
    String shownPeriod(java.time.LocalDate from, java.time.LocalDate to);

    @Message("Chiffres calculés à {time} ; ils sont conservés une minute.")
    String computedAt(String time);

    @Message("Ce qui attend, à ce jour")
    String sectionBacklog();

    @Message("Publications nouvelles, prises ou décidées et pas encore closes, quelle que soit la période choisie.")
    String backlogNote();

    @Message("Publications en cours, par statut")
    String byStatusCaption();

    @Message("Publications en cours, par récit (une publication peut relever de plusieurs récits)")
    String byNarrativeCaption();

    @Message("Publications en cours, par plateforme")
    String byPlatformCaption();

    @Message("Publications en cours, par niveau de risque")
    String byRiskCaption();

    @Message("En retard")
    String sectionOverdue();

    @Message("Publications en retard : {count} au total, les 5 plus anciennes")
    String overdueCaption(long count);

    @Message("Délais")
    String sectionDelays();

    @Message("Pour les éléments dont l’étape s’est achevée dans la période : de l’entrée à la décision, de la décision à l’approbation d’une réponse, de l’approbation à la publication.")
    String delaysNote();

    @Message("Délais par étape, en heures (médiane et 90e centile)")
    String delaysCaption();

    @Message("Entrée → décision")
    String stageDecision();

    @Message("Décision → approbation")
    String stageApproval();

    @Message("Approbation → publication")
    String stagePublication();

    @Message("Réponses publiées et signalements")
    String sectionActivity();

    @Message("Réponses publiées par semaine")
    String publishedCaption();

    @Message("Publications signalées par semaine (PHAROS ou plateforme)")
    String referralsCaption();

    @Message("Suite donnée aux signalements de la période (dernier résultat connu)")
    String referralResultsCaption();

    @Message("Le résultat d’un signalement est enregistré avec les suites d’une réponse publiée ; un signalement sans réponse apparaît donc « sans résultat enregistré ».")
    String referralNote();

    @Message("Modèles : usage et efficacité")
    String sectionTemplates();

    @Message("Utilisations et évaluations depuis le début (compteurs tenus à jour) ; « publiées sur la période » suit les filtres. Efficacité de 0 à 100 : 50 sans évaluation.")
    String templatesNote();

    @Message("Les 20 modèles les plus utilisés")
    String templatesCaption();

    @Message("Campagnes coordonnées")
    String sectionClusters();

    @Message("Les 10 plus grands groupes de publications quasi identiques reçues dans la période")
    String clustersCaption();

    @Message("Statut")
    String colStatus();

    @Message("Récit")
    String colNarrative();

    @Message("Plateforme")
    String colPlatform();

    @Message("Risque")
    String colRisk();

    @Message("Publications")
    String colPosts();

    @Message("Publication")
    String colPost();

    @Message("Échéance")
    String colDue();

    @Message("Prise par")
    String colAssignee();

    @Message("Personne")
    String unassigned();

    @Message("Étape")
    String colStage();

    @Message("Nombre")
    String colCount();

    @Message("Médiane (h)")
    String colMedian();

    @Message("90e centile (h)")
    String colP90();

    @Message("Semaine")
    String colWeek();

    @Message("Semaine du {monday}")
    String weekOf(String monday);

    @Message("Réponses publiées")
    String colPublished();

    @Message("Signalements")
    String colReferrals();

    @Message("Résultat")
    String colReferralResult();

    @Message("Modèle")
    String colTemplate();

    @Message("Utilisations (total)")
    String colUsesTotal();

    @Message("Publiées sur la période")
    String colPublishedInPeriod();

    @Message("Évaluées")
    String colAssessed();

    @Message("Positives")
    String colPositive();

    @Message("Négatives")
    String colNegative();

    @Message("Efficacité (0–100)")
    String colEffectiveness();

    @Message("Extrait du message commun")
    String colCluster();

    @Message("Publications")
    String colClusterSize();

    @Message("Nouvelle")
    String statusNEW();

    @Message("Prise")
    String statusCLAIMED();

    @Message("Décidée")
    String statusDECIDED();

    @Message("Faible")
    String riskLOW();

    @Message("Moyen")
    String riskMEDIUM();

    @Message("Élevé")
    String riskHIGH();

    @Message("Critique")
    String riskCRITICAL();

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

    @Message("Sans résultat enregistré")
    String referralNONE();

    @Message("Aucune donnée pour cette période et ces filtres.")
    String noData();

    @Message("Télécharger en CSV : {caption}")
    String exportCsv(String caption);

    @Message("Graphique ; les mêmes chiffres figurent dans le tableau qui suit.")
    String chartNote();

    @Message("Votre travail")
    String homeYourWork();

    @Message("Publications que vous avez prises : {count}")
    String homeClaimed(long count);

    @Message("dont en retard : {count}")
    String homeOverdueMine(long count);

    @Message("Réponses à reprendre (brouillons, modifications demandées) : {count}")
    String homeDrafts(long count);

    @Message("Réponses approuvées à publier : {count}")
    String homeToPublish(long count);

    @Message("Réponses qui attendent votre approbation : {count}")
    String homeReviews(long count);

    @Message("Vos propositions de modèles")
    String homeSubmissions();

    @Message("Vous n’avez encore proposé aucun modèle.")
    String homeSubmissionsNone();

    @Message("Vos 5 dernières propositions")
    String homeSubmissionsCaption();

    @Message("Santé de l’équipe")
    String homeTeam();

    @Message("Publications en cours : {count}")
    String homeBacklog(long count);

    @Message("Publications en retard : {count}")
    String homeOverdueAll(long count);

    @Message("Réponses soumises en attente d’approbation : {count}")
    String homeAwaitingApproval(long count);

    @Message("Dernière purge de conservation : {when}, {pseudonymised} publication(s) pseudonymisée(s), {kept} conservée(s) car signalée(s)")
    String homeLastRetention(String when, int pseudonymised, int kept);

    @Message("La purge de conservation n’a encore jamais tourné.")
    String homeNoRetention();

    @Message("Vérifier la chaîne du journal d’audit")
    String homeAuditLink();

    @Message("Voir les purges de conservation")
    String homeRetentionLink();

    @Message("Ouvrir le tableau de bord")
    String homeDashboardLink();

    @Message("Rien en attente.")
    String homeNothing();

    @Message("Élément")
    String homeColItem();

    @Message("Statut")
    String homeColStatus();

    @Message("Date")
    String homeColWhen();

    @Message("Titre")
    String homeColTitle();

    @Message("Publication n° {id}")
    String homePost(long id);

    @Message("Réponse n° {id} (publication n° {post})")
    String homeReply(long id, long post);

    @Message("Réponse n° {id} de {author}")
    String homeReplyBy(long id, String author);

    @Message("Vos propositions par statut")
    String homeCountsCaption();

    @Message("en retard")
    String homeOverdueMark();

    @Message("{#when code}{#is 'DRAFT'}Brouillon{#is 'SUBMITTED'}Soumise{#is 'CHANGES_REQUESTED'}Modifications demandées{#is 'APPROVED'}Approuvée{#is 'REJECTED'}Rejetée{#is 'PUBLISHED'}Publiée{#is 'WITHDRAWN'}Retirée{#else}{code}{/when}")
    String replyStatus(String code);

    @Message("{#when code}{#is 'NEW'}Nouvelle{#is 'CLAIMED'}Prise{#is 'DECIDED'}Décidée{#is 'CLOSED'}Close{#else}{code}{/when}")
    String postStatus(String code);
}
