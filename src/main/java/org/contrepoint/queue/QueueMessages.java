package org.contrepoint.queue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the queue, intake and evidence pages. French here; English in messages/queue_en.properties. */
@MessageBundle(value = "queue", locale = "fr")
public interface QueueMessages {

    @Message("Les publications repérées, les plus urgentes d’abord. Chaque priorité est expliquée ; les échéances dépassées sont signalées.")
    String intro();

    @Message("Filtrer et trier")
    String filters();

    @Message("Statut")
    String status();

    @Message("À traiter (nouvelles et prises)")
    String statusOpen();

    @Message("Tous")
    String statusAll();

    @Message("Nouvelle")
    String statusNEW();

    @Message("Prise")
    String statusCLAIMED();

    @Message("Décidée")
    String statusDECIDED();

    @Message("Close")
    String statusCLOSED();

    @Message("Plateforme")
    String platform();

    @Message("Récit")
    String narrative();

    @Message("Risque")
    String risk();

    @Message("Faible")
    String riskLOW();

    @Message("Moyen")
    String riskMEDIUM();

    @Message("Élevé")
    String riskHIGH();

    @Message("Critique")
    String riskCRITICAL();

    @Message("Langue")
    String language();

    @Message("Pris par")
    String assignee();

    @Message("Moi")
    String assigneeMe();

    @Message("Personne")
    String assigneeNone();

    @Message("Groupe")
    String cluster();

    @Message("Seulement les échéances dépassées")
    String overdueOnly();

    @Message("Trier par")
    String sort();

    @Message("Priorité")
    String sortPriority();

    @Message("Échéance")
    String sortDue();

    @Message("Date de capture")
    String sortCaptured();

    @Message("Date de publication")
    String sortPosted();

    @Message("Tous")
    String any();

    @Message("Appliquer")
    String apply();

    @Message("Réinitialiser")
    String reset();

    @Message("Saisir une publication")
    String newPost();

    @Message("Importer un fichier")
    String importPosts();

    @Message("Aucune publication ne correspond à ces filtres.")
    String empty();

    @Message("Publications, 50 par page")
    String tableCaption();

    @Message("Sélection")
    String select();

    @Message("Sélectionner la publication {id}")
    String selectPost(long id);

    @Message("Priorité")
    String priority();

    @Message("audience {reach}, risque {risk}, fraîcheur {recency}, récit {narrative}")
    String priorityParts(int reach, int risk, int recency, int narrative);

    @Message("Publication")
    String post();

    @Message("Échéance")
    String due();

    @Message("En retard")
    String overdue();

    @Message("Prise par {name}")
    String heldBy(String name);

    @Message("Libre")
    String free();

    @Message("Prendre")
    String claim();

    @Message("Prendre la publication {id}")
    String claimPost(long id);

    @Message("Libérer")
    String release();

    @Message("Réattribuer")
    String reassign();

    @Message("Réattribuer à")
    String reassignTo();

    @Message("Page suivante")
    String nextPage();

    @Message("Première page")
    String firstPage();

    @Message("Actions sur la sélection")
    String bulkTitle();

    @Message("Action")
    String bulkAction();

    @Message("Attribuer à")
    String bulkAssign();

    @Message("Ajouter le récit")
    String bulkTag();

    @Message("Écarter, avec la raison")
    String bulkDismiss();

    @Message("Raison (pour écarter)")
    String bulkReason();

    @Message("Personne (pour attribuer)")
    String bulkPerson();

    @Message("Récit (pour étiqueter)")
    String bulkNarrative();

    @Message("Appliquer à la sélection")
    String bulkSubmit();

    @Message("{changed} publication(s) modifiée(s), {skipped} laissée(s) telle(s) quelle(s).")
    String bulkDone(int changed, int skipped);

    @Message("Choisissez une action, au moins une publication et ce que l’action demande (personne, récit ou raison).")
    String bulkInvalid();

    @Message("Nouvelles de la file")
    String live();

    @Message("{count} nouvelle(s) publication(s) arrivée(s) : rechargez la page pour les voir.")
    String arrivals(int count);

    @Message("Raccourcis clavier (?)")
    String keyboardHelp();

    @Message("Raccourcis clavier")
    String keyboardTitle();

    @Message("publication suivante")
    String keyJ();

    @Message("publication précédente")
    String keyK();

    @Message("prendre la publication choisie")
    String keyC();

    @Message("ouvrir la publication choisie")
    String keyO();

    @Message("afficher ou masquer cette aide")
    String keyHelp();

    @Message("Audience faible : ne pas répondre peut être le bon choix (répondre risque d’amplifier la publication).")
    String amplification();

    @Message("Publication {id}")
    String postTitle(long id);

    @Message("Retour à la file")
    String backToQueue();

    @Message("Texte")
    String text();

    @Message("Auteur")
    String author();

    @Message("Adresse")
    String url();

    @Message("Description du média")
    String mediaDescription();

    @Message("Publiée le (UTC)")
    String postedAt();

    @Message("Capturée le (UTC)")
    String capturedAt();

    @Message("Audience")
    String reachFigures();

    @Message("{followers} abonnés, {views} vues, {shares} partages, {reactions} réactions")
    String reachValues(long followers, long views, long shares, long reactions);

    @Message("Source")
    String source();

    @Message("Récits")
    String narratives();

    @Message("aucun")
    String none();

    @Message("Empreinte de la capture (SHA-256 du JSON canonique reçu)")
    String fingerprint();

    @Message("Groupe {id} : {count} publication(s) au texte presque identique")
    String clusterOf(long id, long count);

    @Message("Voir le groupe dans la file")
    String clusterLink();

    @Message("Priorité {score}/100")
    String priorityExplained(int score);

    @Message("Décision")
    String decision();

    @Message("Répondre (contre-discours)")
    String decisionRESPOND();

    @Message("Signaler (PHAROS ou plateforme)")
    String decisionREFER();

    @Message("Répondre et signaler")
    String decisionBOTH();

    @Message("Surveiller")
    String decisionMONITOR();

    @Message("Écarter")
    String decisionDISMISS();

    @Message("Raison")
    String reason();

    @Message("Signalement")
    String referral();

    @Message("Signalé à")
    String referralTarget();

    @Message("PHAROS (autorités)")
    String targetPHAROS();

    @Message("La plateforme")
    String targetPLATFORM();

    @Message("Numéro de signalement")
    String referralReference();

    @Message("Date de suivi (aaaa-mm-jj)")
    String referralFollowUp();

    @Message("Appliquer la décision à tout le groupe (publications que personne d’autre ne tient)")
    String wholeCluster();

    @Message("Enregistrer la décision")
    String record();

    @Message("Décidée par {name} le {time} (UTC)")
    String decidedBy(String name, String time);

    @Message("Clore la publication")
    String close();

    @Message("Prenez la publication pour enregistrer une décision.")
    String claimFirst();

    @Message("Vous consultez cette publication en lecture seule.")
    String readOnly();

    @Message("Preuves")
    String evidence();

    @Message("Aucune capture d’écran.")
    String evidenceNone();

    @Message("Ajouter une capture d’écran")
    String evidenceAdd();

    @Message("PNG ou JPEG, 5 Mo au plus.")
    String evidenceHint();

    @Message("Fichier")
    String evidenceFile();

    @Message("Ajouter")
    String evidenceUpload();

    @Message("ajoutée par {name} le {time} (UTC)")
    String evidenceAddedBy(String name, String time);

    @Message("Le fichier est vide.")
    String evidenceEMPTY();

    @Message("Le fichier dépasse 5 Mo.")
    String evidenceTOO_BIG();

    @Message("Le fichier n’est ni un PNG ni un JPEG (contenu vérifié, pas seulement l’extension).")
    String evidenceNOT_AN_IMAGE();

    @Message("Dossier de signalement (imprimable)")
    String dossier();

    @Message("Dossier de signalement — publication {id}")
    String dossierTitle(long id);

    @Message("Document établi à partir des données capturées. Les empreintes SHA-256 permettent de vérifier que rien n’a été modifié.")
    String dossierIntro();

    @Message("Imprimer")
    String print();

    @Message("Édité par {name} le {time} (UTC)")
    String printedBy(String name, String time);

    @Message("Cette publication est déjà prise par {name}.")
    String conflictCLAIMED_BY_OTHER(String name);

    @Message("La publication a changé depuis que vous avez ouvert la page : rien n’a été enregistré. Vérifiez son état ci-dessous ; votre saisie est conservée.")
    String conflictSTALE();

    @Message("Cette action n’est pas possible dans l’état actuel de la publication.")
    String conflictILLEGAL();

    @Message("Personne ne tient cette publication.")
    String conflictNOT_CLAIMED();

    @Message("Cette publication est tenue par {name} ; vous ne pouvez pas la libérer.")
    String conflictNOT_YOURS(String name);

    @Message("C’est fait.")
    String done();

    @Message("Décision enregistrée ; {followed} autre(s) publication(s) du groupe l’ont suivie, {skipped} tenue(s) par d’autres.")
    String decidedCluster(int followed, int skipped);

    @Message("Le formulaire contient des erreurs : rien n’a été enregistré.")
    String formErrors();

    @Message("Saisir une publication")
    String newTitle();

    @Message("Pour une publication repérée à la main. Les champs marqués d’un astérisque sont obligatoires.")
    String newIntro();

    @Message("Identifiant sur la plateforme *")
    String platformId();

    @Message("Compte (@…)")
    String authorHandle();

    @Message("Nom affiché")
    String authorName();

    @Message("Abonnés")
    String followers();

    @Message("Vues")
    String views();

    @Message("Partages")
    String shares();

    @Message("Réactions")
    String reactions();

    @Message("Déduit des récits")
    String riskAuto();

    @Message("Détectée")
    String languageAuto();

    @Message("Enregistrer")
    String create();

    @Message("Cette publication est déjà dans la file (publication {id}) : rien n’a changé.")
    String alreadyKnown(long id);

    @Message("Importer des publications")
    String importTitle();

    @Message("Fichier CSV (en-tête : platform, platformId, url, authorHandle, authorName, text, language, postedAt, capturedAt, followers, views, shares, reactions, narratives séparés par « ; », mediaDescription) ou JSON (mêmes champs : une liste, ou un objet dont le champ « posts » est la liste). Un aperçu montre ce qui sera créé avant de confirmer.")
    String importIntro();

    @Message("Fichier (CSV ou JSON, 2 Mo au plus)")
    String importFile();

    @Message("Voir l’aperçu")
    String importPreview();

    @Message("Fichier illisible : ni un CSV avec l’en-tête attendu, ni du JSON valide, ou plus de 2 Mo ou 5 000 lignes.")
    String importUnreadable();

    @Message("Aperçu de l’import : {name}")
    String previewTitle(String name);

    @Message("{count} à créer")
    String previewCreate(int count);

    @Message("{count} doublon(s) ignoré(s)")
    String previewSkip(int count);

    @Message("{count} refusée(s)")
    String previewReject(int count);

    @Message("Tant qu’une ligne est refusée, rien ne peut être importé : corrigez le fichier et recommencez.")
    String previewRejectedNote();

    @Message("Ligne")
    String line();

    @Message("Problème")
    String problem();

    @Message("Publication existante")
    String existingPost();

    @Message("Confirmer l’import")
    String confirm();

    @Message("Annuler")
    String cancel();

    @Message("Import terminé : {created} publication(s) créée(s), {skipped} doublon(s) ignoré(s).")
    String imported(Integer created, Integer skipped);

    @Message("Cet aperçu n’existe plus (déjà confirmé ou expiré) : rien n’a été importé.")
    String importGone();

    @Message("Réglages de la file")
    String adminTitle();

    @Message("Poids de la priorité, échéances par niveau de risque, conservation, plateformes suivies.")
    String adminCard();

    @Message("Poids de la priorité (0 à 100)")
    String weights();

    @Message("Audience")
    String weightReach();

    @Message("Risque")
    String weightRisk();

    @Message("Fraîcheur")
    String weightRecency();

    @Message("Poids du récit")
    String weightNarrative();

    @Message("Échéance par niveau de risque (heures après la capture)")
    String dueHours();

    @Message("Durée de conservation des publications closes (jours, 30 à 3650)")
    String retentionDays();

    @Message("Seuil d’audience faible (abonnés + vues)")
    String lowReach();

    @Message("Plateformes suivies")
    String platforms();

    @Message("Enregistrer les réglages")
    String save();

    @Message("Réglages enregistrés. Les nouvelles priorités s’appliquent aux publications qui arrivent.")
    String saved();

    @Message("Valeurs hors limites : rien n’a été enregistré.")
    String settingsInvalid();

    @Message("Passages de la conservation")
    String retentionRuns();

    @Message("Lancer la conservation maintenant")
    String retentionRunNow();

    @Message("Passage (UTC)")
    String ranAt();

    @Message("Closes avant (UTC)")
    String cutoff();

    @Message("Pseudonymisées")
    String pseudonymised();

    @Message("Conservées (PHAROS)")
    String keptReferred();

    @Message("Aucun passage pour l’instant.")
    String noRuns();

    @Message("Publication pseudonymisée à l’échéance de conservation : auteur, texte, lien et captures ont été supprimés.")
    String pseudonymisedNote();

}
