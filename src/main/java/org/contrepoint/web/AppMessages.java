package org.contrepoint.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the layout, home, sign-in and error pages. French here; English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "fr")
public interface AppMessages {

    @Message("Contrepoint")
    String appName();

    @Message("Contre-discours et signalement")
    String appTagline();

    @Message("Accueil - Contrepoint")
    String homeLinkTitle();

    @Message("Accès rapides")
    String quickAccess();

    @Message("Aller au contenu")
    String skipToContent();

    @Message("Aller au menu")
    String skipToMenu();

    @Message("Menu principal")
    String mainMenu();

    @Message("Menu")
    String menu();

    @Message("Fermer")
    String close();

    @Message("Accueil")
    String navHome();

    @Message("Bibliothèque")
    String navLibrary();

    @Message("File des publications")
    String navQueue();

    @Message("À valider")
    String navApprovals();

    @Message("en attente de votre relecture")
    String navWaiting();

    @Message("Mes réponses")
    String navReplies();

    @Message("Tableau de bord")
    String navDashboard();

    @Message("Administration")
    String navAdmin();

    @Message("Langue")
    String language();

    @Message("Choisir la langue")
    String chooseLanguage();

    @Message("English")
    String switchLanguageLabel();

    @Message("en")
    String switchLanguageTarget();

    @Message("Afficher le site en anglais")
    String switchLanguageTitle();

    @Message("Se déconnecter")
    String logout();

    @Message("Notifications")
    String notifications();

    @Message("non lue(s)")
    String unreadSuffix();

    @Message("Connecté en tant que {name}")
    String signedInAs(String name);

    @Message("Instance de démonstration : les comptes, publications et contenus sont fictifs. N’y saisissez aucune donnée réelle.")
    String demoBanner();

    @Message("Contrepoint est l’outil de travail des community managers de l’État qui répondent aux contenus de recrutement djihadiste en ligne par un contre-discours validé.")
    String footerDescription();

    @Message("Accessibilité : partiellement conforme")
    String footerAccessibility();

    @Message("Documentation")
    String footerDocs();

    // Home
    @Message("Accueil")
    String homeTitle();

    @Message("Bonjour {name}")
    String homeGreeting(String name);

    @Message("Vos rôles")
    String homeRoles();

    @Message("Vous n’avez encore aucun rôle dans Contrepoint. Demandez à un administrateur de vous en attribuer un : en attendant, seule cette page vous est accessible.")
    String homeNoRole();

    @Message("Vos espaces de travail")
    String homeSpaces();

    @Message("Les contre-discours validés, à consulter et à enrichir.")
    String homeLibraryText();

    @Message("Les publications de recrutement à traiter, par ordre d’urgence.")
    String homeQueueText();

    @Message("Les brouillons et propositions qui attendent votre validation.")
    String homeApprovalsText();

    @Message("L’activité de l’équipe en chiffres.")
    String homeDashboardText();

    @Message("Réglages, taxonomie, journal d’audit.")
    String homeAdminText();

    // Roles
    @Message("Community manager")
    String roleCommunityManager();

    @Message("Relecteur ministériel")
    String roleReviewer();

    @Message("Contributeur associatif")
    String roleContributor();

    @Message("Administrateur")
    String roleAdmin();

    @Message("Outil de veille (API)")
    String roleIntake();

    // Sign-in
    @Message("Connexion")
    String loginTitle();

    @Message("Se connecter à Contrepoint")
    String loginHeading();

    @Message("Identifiant")
    String loginUsername();

    @Message("Mot de passe")
    String loginPassword();

    @Message("Se connecter")
    String loginSubmit();

    @Message("Identifiant ou mot de passe incorrect.")
    String loginBadCredentials();

    @Message("Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer.")
    String loginThrottled();

    @Message("Saisissez votre identifiant et votre mot de passe.")
    String loginMissingFields();

    @Message("Vous êtes déconnecté.")
    String loginLoggedOut();

    @Message("Comptes de démonstration")
    String loginDemoAccounts();

    @Message("Mot de passe de tous les comptes : {password}")
    String loginDemoPassword(String password);

    @Message("Compte")
    String loginDemoAccount();

    @Message("Rôle")
    String loginDemoRole();

    @Message("Vous vous connectez avec votre compte professionnel, par le service d’identité de votre ministère.")
    String loginOidcText();

    @Message("Se connecter avec mon compte professionnel")
    String loginOidcButton();

    @Message("Erreur")
    String errorTitle();

    @Message("Retour à l’accueil")
    String errorHome();

    @Message("Accès refusé")
    String error403Title();

    @Message("Vos rôles ne vous donnent pas accès à cette page. Si vous pensez qu’il s’agit d’une erreur, contactez un administrateur.")
    String error403Text();

    @Message("Page introuvable")
    String error404Title();

    @Message("La page que vous cherchez n’existe pas ou a été déplacée.")
    String error404Text();

    @Message("Action impossible à cette adresse")
    String error405Title();

    @Message("Cette adresse existe, mais pas pour ce type de requête. Revenez à la page précédente et utilisez ses liens et ses boutons.")
    String error405Text();

    @Message("Modification concurrente")
    String error409Title();

    @Message("Quelqu’un d’autre a modifié cet élément pendant que vous travailliez. Rechargez la page pour voir la dernière version ; vos saisies n’ont pas été enregistrées.")
    String error409Text();

    @Message("Fichier ou formulaire trop volumineux")
    String error413Title();

    @Message("Ce que vous avez envoyé dépasse la taille autorisée.")
    String error413Text();

    @Message("Formulaire expiré")
    String errorCsrfTitle();

    @Message("Ce formulaire a expiré ou ne provient pas de Contrepoint, il n’a pas été pris en compte. Rechargez la page et recommencez.")
    String errorCsrfText();

    @Message("Service momentanément indisponible")
    String error503Title();

    @Message("Contrepoint ne peut pas joindre sa base de données pour le moment. Rien n’a été enregistré ; réessayez dans quelques instants.")
    String error503Text();

    @Message("Service d’identification indisponible")
    String identityUnavailableTitle();

    @Message("Le service d’identification de votre ministère ne répond pas pour le moment : il est impossible de vous connecter. Les personnes déjà connectées peuvent continuer à travailler. Réessayez dans quelques minutes ; si le problème dure, prévenez l’équipe technique.")
    String identityUnavailableText();

    @Message("Réessayer")
    String identityUnavailableRetry();

    @Message("Erreur inattendue")
    String error500Title();

    @Message("Une erreur inattendue s’est produite et rien n’a été enregistré. Si elle se reproduit, communiquez à l’équipe technique la référence {incident}.")
    String error500Text(String incident);

    // Sections not built yet

    @Message("Bibliothèque de contre-discours")
    String libraryTitle();

    @Message("La bibliothèque rassemblera les réponses validées et les propositions des contributeurs : recherche en français, filtres par récit et stratégie, historique des versions.")
    String libraryIntro();

    @Message("File des publications à traiter")
    String queueTitle();

    @Message("La file recevra les publications repérées par les outils de veille, les imports et la saisie manuelle, classées par priorité.")
    String queueIntro();



    @Message("Tableau de bord de l’équipe")
    String dashboardTitle();

    @Message("Le tableau de bord montrera le stock, les retards, les délais de décision et de validation, et l’efficacité des modèles.")
    String dashboardIntro();

    @Message("Administration")
    String adminTitle();

    @Message("Journal d’audit")
    String adminAuditLink();

    @Message("Consulter les actions enregistrées et vérifier l’intégrité de la chaîne.")
    String adminAuditText();

    @Message("Réglages des comptes, clients d’API : ces écrans arrivent avec les fonctionnalités qu’ils règlent.")
    String adminComingSoon();
}
