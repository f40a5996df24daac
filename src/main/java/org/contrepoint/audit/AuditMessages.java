package org.contrepoint.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the audit pages. English in messages/audit_en.properties. */
@MessageBundle(value = "audit", locale = "fr")
public interface AuditMessages {

    @Message("Journal d’audit")
    String title();

    @Message("Chaque changement d’état est enregistré ici, dans l’ordre, et chaîné par empreinte SHA-256 : une ligne modifiée, supprimée ou déplacée dans la base est détectée à la vérification.")
    String intro();

    @Message("Filtrer le journal")
    String filters();

    @Message("Personne (identifiant)")
    String actor();

    @Message("Action")
    String action();

    @Message("Type d’objet")
    String objectType();

    @Message("Identifiant d’objet")
    String objectId();

    @Message("Du")
    String from();

    @Message("Au")
    String to();

    @Message("Format : JJ/MM/AAAA")
    String dateHint();

    @Message("Filtrer")
    String apply();

    @Message("Réinitialiser")
    String reset();

    @Message("N°")
    String seq();

    @Message("Date (UTC)")
    String when();

    @Message("Rôles")
    String roles();

    @Message("Objet")
    String object();

    @Message("Détail")
    String detail();

    @Message("Empreintes avant / après")
    String fingerprints();

    @Message("Aucune entrée ne correspond à ces filtres.")
    String empty();

    @Message("Entrées suivantes")
    String next();

    @Message("Vérifier l’intégrité de la chaîne")
    String verify();

    @Message("Chaîne intègre : {count} entrées vérifiées.")
    String intact(long count);

    @Message("Chaîne rompue à l’entrée n° {seq} ({problem}) après {count} entrées valides.")
    String broken(long seq, String problem, long count);

    @Message("Exporter en CSV")
    String exportCsv();

    @Message("Exporter en JSON Lines")
    String exportJsonLines();

    @Message("Journal d’audit, entrées {first} à {last}")
    String caption(long first, long last);
}
