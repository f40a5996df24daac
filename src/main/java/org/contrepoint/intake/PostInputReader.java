package org.contrepoint.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.contrepoint.queue.Post;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.taxonomy.Platform;
import org.contrepoint.web.WebLinks;

/**
 * Reads one intake item (a JSON object, however it arrived) into a {@link PostInput}, collecting every problem
 * with the field it concerns. Unknown fields, such as {@code status} or {@code id}, are ignored: never bound.
 */
@ApplicationScoped
public class PostInputReader {

    /** An item read: the input when valid, the problems otherwise, and its fingerprint. */
    public record Item(int index, PostInput input, List<FieldError> errors, String fingerprint) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public Item read(int index, JsonNode node, Set<Platform> enabled, Set<String> narratives) {
        Integer at = index < 0 ? null : index;
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "", "un objet JSON est attendu"));
            return new Item(index, null, errors, null);
        }
        String fingerprint = Fingerprints.sha256(Fingerprints.canonical(node));
        String platform = text(node, "platform", at, errors);
        String url = text(node, "url", at, errors);
        Instant postedAt = instant(node, "postedAt", at, errors);
        Instant capturedAt = instant(node, "capturedAt", at, errors);
        JsonNode metrics = node.get("metrics");
        if (metrics != null && !metrics.isNull() && !metrics.isObject()) {
            errors.add(new FieldError(at, "metrics", "un objet est attendu"));
            metrics = null;
        }
        List<String> narrativeCodes = codes(node, "narratives", at, errors);
        String risk = text(node, "risk", at, errors);
        PostInput input = new PostInput(platform, text(node, "platformId", at, errors), url,
                text(node, "authorHandle", at, errors), text(node, "authorName", at, errors),
                text(node, "text", at, errors), text(node, "language", at, errors),
                text(node, "mediaDescription", at, errors), postedAt, capturedAt,
                count(metrics, "followers", at, errors), count(metrics, "views", at, errors),
                count(metrics, "shares", at, errors), count(metrics, "reactions", at, errors), narrativeCodes, risk);
        for (ConstraintViolation<PostInput> v : validator.validate(input)) {
            String field = v.getPropertyPath().toString();
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(at, field, v.getMessage()));
            }
        }
        if (platform != null && !platform.isBlank()) {
            var known = Platform.fromCode(platform);
            if (known.isEmpty()) {
                errors.add(new FieldError(at, "platform", "plateforme inconnue"));
            } else if (!enabled.contains(known.get())) {
                errors.add(new FieldError(at, "platform", "plateforme non activée"));
            }
        }
        if (url != null && !url.isBlank() && !WebLinks.isWebLink(url)) {
            errors.add(new FieldError(at, "url", "adresse http ou https attendue"));
        }
        if (input.language() != null && !input.language().isBlank()
                && !Post.LANGUAGE_CODE.matcher(input.language()).matches()) {
            errors.add(new FieldError(at, "language", "code de langue attendu (fr, en, ar…)"));
        }
        if (risk != null && !risk.isBlank() && RiskLevel.fromCode(risk).isEmpty()) {
            errors.add(new FieldError(at, "risk", "niveau inconnu (low, medium, high, critical)"));
        }
        for (String code : narrativeCodes) {
            if (!narratives.contains(code)) {
                errors.add(new FieldError(at, "narratives", "récit inconnu : " + clip(code)));
            }
        }
        Instant future = clock.instant().plus(Duration.ofHours(1));
        if (capturedAt != null && capturedAt.isAfter(future)) {
            errors.add(new FieldError(at, "capturedAt", "date dans le futur"));
        }
        if (postedAt != null && postedAt.isAfter(future)) {
            errors.add(new FieldError(at, "postedAt", "date dans le futur"));
        }
        if (postedAt != null && capturedAt != null && postedAt.isAfter(capturedAt)) {
            errors.add(new FieldError(at, "postedAt", "postérieure à la capture"));
        }
        return new Item(index, errors.isEmpty() ? input : null, errors, fingerprint);
    }


    private static String text(JsonNode node, String field, Integer at, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(at, field, "texte attendu"));
            return null;
        }
        String s = value.asText();
        if (s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError(at, field, "caractères de contrôle interdits"));
            return null;
        }
        return s;
    }

    private static Instant instant(JsonNode node, String field, Integer at, List<FieldError> errors) {
        String s = text(node, field, at, errors);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(at, field, "date ISO 8601 attendue (2026-11-24T08:00:00Z)"));
            return null;
        }
    }

    private static long count(JsonNode metrics, String field, Integer at, List<FieldError> errors) {
        JsonNode value = metrics == null ? null : metrics.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            errors.add(new FieldError(at, "metrics." + field, "nombre entier attendu"));
            return 0;
        }
        long n = value.asLong();
        if (n < 0 || n > 100_000_000_000L) {
            errors.add(new FieldError(at, "metrics." + field, "entre 0 et 100 milliards"));
            return 0;
        }
        return n;
    }

    private static List<String> codes(JsonNode node, String field, Integer at, List<FieldError> errors) {
        JsonNode value = node.get(field);
        List<String> codes = new ArrayList<>();
        if (value == null || value.isNull()) {
            return codes;
        }
        if (!value.isArray() || value.size() > 20) {
            errors.add(new FieldError(at, field, "liste de 20 codes au plus attendue"));
            return codes;
        }
        for (JsonNode code : value) {
            if (!code.isTextual()) {
                errors.add(new FieldError(at, field, "codes texte attendus"));
                return List.of();
            }
            if (!codes.contains(code.asText())) {
                codes.add(code.asText());
            }
        }
        return codes;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
