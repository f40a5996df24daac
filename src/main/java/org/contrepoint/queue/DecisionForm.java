package org.contrepoint.queue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decision form as submitted, kept whole so that a refused form comes back with everything typed. Checks
 * answer in French next to each field (keys of the {@code queue} message bundle's field names).
 */
public record DecisionForm(String kind, String reason, String target, String reference, String followUp,
        boolean wholeCluster, int version) {

    public Map<String, String> errors(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        var decided = DecisionKind.fromCode(kind);
        if (decided.isEmpty()) {
            errors.put("kind", "Choisissez une décision.");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Indiquez la raison de la décision.");
        } else if (reason.length() > 2000) {
            errors.put("reason", "2000 caractères au plus.");
        }
        if (decided.isPresent() && decided.get().refers()) {
            if (ReferralTarget.fromCode(target).isEmpty()) {
                errors.put("target", "Choisissez où la publication est signalée.");
            }
            if (reference == null || reference.isBlank()) {
                errors.put("reference", "Indiquez le numéro de signalement.");
            } else if (reference.length() > 200) {
                errors.put("reference", "200 caractères au plus.");
            }
            LocalDate date = followUpDate();
            if (date == null) {
                errors.put("followUp", "Indiquez une date de suivi (jj/mm/aaaa ou aaaa-mm-jj).");
            } else if (date.isBefore(today)) {
                errors.put("followUp", "La date de suivi ne peut pas être passée.");
            }
        }
        return errors;
    }

    public LocalDate followUpDate() {
        if (followUp == null || followUp.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(followUp.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(followUp.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    public DecisionRecord toRecord() {
        DecisionKind k = DecisionKind.fromCode(kind).orElseThrow();
        return new DecisionRecord(k, reason.strip(), k.refers() ? ReferralTarget.fromCode(target).orElseThrow() : null,
                k.refers() ? reference.strip() : null, k.refers() ? followUpDate() : null);
    }
}
