package org.contrepoint.library;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the library pages. English in messages/library_en.properties. */
@MessageBundle(value = "library", locale = "fr")
public interface LibraryMessages {

    @Message("Réponses relues et sourcées, à rechercher en français, en anglais ou en arabe, et à enrichir par vos propositions.")
    String intro();

    @Message("Proposer un modèle")
    String proposeLink();

    @Message("Mes propositions")
    String mineLink();

    @Message("Propositions à relire")
    String reviewsLink();

    @Message("Rechercher dans la bibliothèque")
    String searchLabel();

    @Message("Ex. : hijra obligation, califat paradis")
    String searchPlaceholder();

    @Message("Rechercher")
    String searchButton();

    @Message("Filtres")
    String filters();

    @Message("Tous")
    String any();

    @Message("Récit")
    String narrative();

    @Message("Récits")
    String narratives();

    @Message("Stratégie")
    String strategy();

    @Message("Stratégies")
    String strategies();

    @Message("Langue")
    String language();

    @Message("Tient sur la plateforme")
    String fitsFilter();

    @Message("A une variante pour")
    String variantFilter();

    @Message("Attribution")
    String attribution();

    @Message("Ton")
    String tone();

    @Message("Statut")
    String status();

    @Message("Appliquer les filtres")
    String applyFilters();

    @Message("Effacer les filtres")
    String resetFilters();

    @Message("Afficher plus de modèles")
    String showMore();

    @Message("Les {count} premiers modèles sont affichés : précisez la recherche pour trouver les autres.")
    String showingFirst(int count);

    @Message("{#if count == 0}Aucun modèle trouvé{#else if count == 1}1 modèle trouvé{#else}{count} modèles trouvés{/if}")
    String resultCount(long count);

    @Message("Essayez d’autres mots ou retirez des filtres.")
    String noResult();

    @Message("Date de relecture dépassée")
    String expired();

    @Message("À relire bientôt")
    String expiring();

    @Message("La date de relecture de cette version est dépassée : elle n’est plus suggérée tant qu’une nouvelle version n’a pas été relue.")
    String expiredExplained();

    @Message("Retiré")
    String retired();

    @Message("Actif")
    String active();

    @Message("{#when code}{#is 'fr'}Français{#is 'ar'}Arabe{#is 'en'}Anglais{#else}{code}{/when}")
    String languageName(String code);

    @Message("{#when code}{#is 'x'}X (Twitter){#is 'instagram'}Instagram{#is 'tiktok'}TikTok{#is 'facebook'}Facebook{#is 'youtube'}YouTube{#is 'telegram'}Telegram{#else}{code}{/when}")
    String platformName(String code);

    @Message("{#when code}{#is 'state'}Voix de l’État{#is 'civil-society'}Voix de la société civile{#else}{code}{/when}")
    String attributionName(String code);

    @Message("{#when code}{#is 'factual'}Factuel{#is 'empathetic'}Empathique{#is 'questioning'}Questionnant{#is 'humorous'}Humoristique{#is 'solemn'}Solennel{#else}{code}{/when}")
    String toneName(String code);

    @Message("{#when code}{#is 'draft'}Brouillon{#is 'submitted'}Soumis à relecture{#is 'changes-requested'}Modifications demandées{#is 'published'}Publié{#is 'rejected'}Rejeté{#else}{code}{/when}")
    String statusName(String code);

    @Message("Vous êtes ici :")
    String breadcrumb();

    @Message("Version {number}")
    String versionNumber(int number);

    @Message("Proposer une nouvelle version")
    String proposeVersion();

    @Message("Texte")
    String text();

    @Message("Aperçu avec des valeurs d’exemple")
    String previewTitle();

    @Message("Variables")
    String variablesTitle();

    @Message("Les variables s’écrivent entre doubles accolades ; elles sont remplacées au moment de rédiger la réponse. Seules celles-ci sont permises :")
    String variablesIntro();

    @Message("Variables permises")
    String variablesCaption();

    @Message("Variable")
    String variable();

    @Message("Signification")
    String meaning();

    @Message("Exemple")
    String sample();

    @Message("Utilisée ici")
    String usedHere();

    @Message("Oui")
    String yes();

    @Message("Non")
    String no();

    @Message("Longueur par plateforme")
    String platformsTitle();

    @Message("Le texte (ou sa variante) tient-il sur chaque plateforme ?")
    String fitCaption();

    @Message("Plateforme")
    String platform();

    @Message("Texte utilisé")
    String textUsed();

    @Message("Longueur / limite")
    String length();

    @Message("Tient")
    String fits();

    @Message("Variante")
    String variantText();

    @Message("Texte complet")
    String bodyText();

    @Message("Oui")
    String fitsYes();

    @Message("Non ({remaining} caractères)")
    String fitsNo(int remaining);

    @Message("Variante {platform}")
    String variantFor(String platform);

    @Message("Fiche")
    String detailsTitle();

    @Message("Date de relecture")
    String reviewDate();

    @Message("Auteur")
    String author();

    @Message("Relu par")
    String reviewer();

    @Message("import")
    String importedMark();

    @Message("Note de modification")
    String changeNote();

    @Message("Empreinte SHA-256")
    String fingerprint();

    @Message("Campagne (GAMMMA+)")
    String gammmaTitle();

    @Message("Objectif")
    String goal();

    @Message("Public")
    String audience();

    @Message("Message")
    String gammmaMessage();

    @Message("Messager")
    String messenger();

    @Message("Support")
    String media();

    @Message("Appel à l’action")
    String callToAction();

    @Message("{#when key}{#is 'goal'}Objectif{#is 'audience'}Public{#is 'message'}Message{#is 'messenger'}Messager{#is 'media'}Support{#is 'call_to_action'}Appel à l’action{#else}{key}{/when}")
    String gammmaField(String key);

    @Message("Sources")
    String sourcesTitle();

    @Message("Aucune source.")
    String noSource();

    @Message("Historique des versions")
    String historyTitle();

    @Message("Versions de ce modèle, de la plus récente à la plus ancienne")
    String historyCaption();

    @Message("Version")
    String version();

    @Message("Comparer deux versions")
    String compareTitle();

    @Message("Version de départ")
    String compareFrom();

    @Message("Version d’arrivée")
    String compareTo();

    @Message("Comparer")
    String compare();

    @Message("Différences entre la version {from} et la version {to}")
    String diffTitle(Integer from, Integer to);

    @Message("Les mots ajoutés sont soulignés, les mots retirés sont barrés.")
    String diffLegend();

    @Message("Proposer un modèle")
    String formTitleNew();

    @Message("Proposer une nouvelle version")
    String formTitleVersion();

    @Message("Nouvelle version du modèle")
    String basedOn();

    @Message("Votre proposition sera relue avant d’être publiée. Tous les champs sont à remplir dans la langue du modèle ; le titre, le texte, un récit et une stratégie sont obligatoires.")
    String formIntro();

    @Message("{#if count == 1}Un champ est à corriger.{#else}{count} champs sont à corriger.{/if}")
    String formHasErrors(int count);

    @Message("Titre")
    String title();

    @Message("Texte brut : séparez les paragraphes par une ligne vide.")
    String bodyHint();

    @Message("Choisir")
    String choose();

    @Message("Variantes courtes par plateforme (facultatives)")
    String variantsTitle();

    @Message("Texte utilisé aujourd’hui : {length} caractères sur {limit}.")
    String fitHint(int length, int limit);

    @Message("Adresses en https:// ou http:// uniquement.")
    String sourcesHint();

    @Message("Source {n} : intitulé")
    String sourceTitle(int n);

    @Message("Source {n} : adresse")
    String sourceUrl(int n);

    @Message("Source {n} : éditeur")
    String sourcePublisher(int n);

    @Message("Format : AAAA-MM-JJ")
    String dateHint();

    @Message("Soumettre à relecture")
    String submitForReview();

    @Message("Annuler")
    String cancel();

    @Message("Mes propositions")
    String mineTitle();

    @Message("Vous n’avez encore rien proposé.")
    String mineEmpty();

    @Message("Mes propositions et leur relecture")
    String mineCaption();

    @Message("Motif du relecteur")
    String decisionReason();

    @Message("Propositions à relire")
    String reviewsTitle();

    @Message("Aucune proposition n’attend de relecture.")
    String reviewsEmpty();

    @Message("Propositions soumises, la plus ancienne d’abord")
    String reviewsCaption();

    @Message("Soumise le (UTC)")
    String submittedAt();

    @Message("{#when what}{#is 'submitted'}Votre proposition est soumise à relecture.{#is 'resubmitted'}Votre version révisée est soumise à relecture.{#is 'publish'}La version est publiée.{#is 'request-changes'}Les modifications sont demandées à l’auteur.{#is 'reject'}La proposition est rejetée.{#is 'commented'}Votre commentaire est ajouté.{#else}C’est fait.{/when}")
    String done(String what);

    @Message("Réviser ma proposition")
    String reviseLink();

    @Message("Voir le modèle publié")
    String seeTemplate();

    @Message("Texte proposé")
    String proposedText();

    @Message("Texte publié (version {number})")
    String publishedText(int number);

    @Message("Différences avec la version publiée")
    String diffWithPublished();

    @Message("Décision de relecture")
    String decisionTitle();

    @Message("C’est votre propre proposition : un autre relecteur doit la publier.")
    String ownSubmission();

    @Message("Motif")
    String reason();

    @Message("Obligatoire pour demander des modifications ou rejeter.")
    String reasonHint();

    @Message("Publier")
    String publish();

    @Message("Demander des modifications")
    String requestChanges();

    @Message("Rejeter")
    String reject();





    @Message("Administration de la bibliothèque")
    String adminTitle();

    @Message("{#if what == 'retired'}Le modèle est retiré.{#else}Import terminé ({what}).{/if}")
    String adminDone(String what);

    @Message("Bibliothèque en fichiers")
    String filesTitle();

    @Message("L’export produit une archive zip au format du dossier counter-speech-library (un fichier Markdown par modèle). L’import relit le dossier livré avec l’application : il ne crée que ce qui a changé.")
    String filesIntro();

    @Message("Exporter la bibliothèque (zip)")
    String exportZip();

    @Message("Réimporter le dossier livré")
    String importFolder();

    @Message("Modifier la taxonomie")
    String taxonomyLink();

    @Message("Modèles")
    String templatesTitle();

    @Message("Tous les modèles, avec leur date de relecture")
    String templatesCaption();

    @Message("Actions")
    String actions();

    @Message("Retirer")
    String retire();

    @Message("Retirer le modèle {id}")
    String retireTitle(String id);

    @Message("Taxonomie : récits et stratégies")
    String taxonomyTitle();

    @Message("« {code} » est enregistré.")
    String taxonomySaved(String code);

    @Message("Modifier « {code} »")
    String taxonomyEdit(String code);

    @Message("Code")
    String code();

    @Message("Libellé en français")
    String labelFr();

    @Message("Libellé en anglais")
    String labelEn();

    @Message("Description en français")
    String descriptionFr();

    @Message("Description en anglais")
    String descriptionEn();

    @Message("Actif")
    String activeColumn();

    @Message("Actif (proposé dans les formulaires et les filtres)")
    String activeLabel();

    @Message("Enregistrer")
    String save();

    @Message("Libellés et descriptions des récits et des stratégies, en français et en anglais.")
    String taxonomyCardText();

    @Message("Bibliothèque")
    String adminCardTitle();

    @Message("Retirer des modèles, voir ceux à relire, importer et exporter, modifier la taxonomie.")
    String adminCardText();
}
