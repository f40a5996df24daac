package org.contrepoint.library;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.contrepoint.taxonomy.Platform;

/**
 * What makes a version acceptable, field by field, in French (the messages are shown next to the fields and
 * returned by the API). The same rules serve the forms, the API and the files; files are held to the stricter
 * format of the library README (X variant, sources, review date and GAMMMA+ fields required).
 */
public final class ContentRules {

    public static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");
    public static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern MARKUP = Pattern.compile("(?m)^#{1,6}\\s|<[a-zA-Z/!][^>]*>");

    private ContentRules() {
    }

    public static Map<String, String> check(TemplateContent c, Set<String> narratives, Set<String> strategies,
            boolean strict) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.title() == null) {
            errors.put("title", "Le titre est obligatoire.");
        } else if (c.title().length() > 300) {
            errors.put("title", "Le titre dépasse 300 caractères.");
        }
        if (c.body().isEmpty()) {
            errors.put("body", "Le texte est obligatoire.");
        } else if (c.body().length() > 20_000) {
            errors.put("body", "Le texte dépasse 20 000 caractères.");
        } else if (strict && MARKUP.matcher(c.body()).find()) {
            errors.put("body", "Le texte ne doit contenir ni titre Markdown ni HTML.");
        }
        unknownVariables("body", c.body(), errors);
        if (c.language() == null || !LANGUAGES.contains(c.language())) {
            errors.put("language", "Langue inconnue : choisissez fr, ar ou en.");
        }
        if (c.narratives().isEmpty()) {
            errors.put("narratives", "Choisissez au moins un récit.");
        } else if (new HashSet<>(c.narratives()).size() != c.narratives().size()) {
            errors.put("narratives", "Un récit figure deux fois.");
        } else {
            c.narratives().stream().filter(n -> !narratives.contains(n)).findFirst()
                    .ifPresent(n -> errors.put("narratives", "Récit inconnu : « " + n + " »."));
        }
        if (c.strategy() == null || !strategies.contains(c.strategy())) {
            errors.put("strategy", c.strategy() == null ? "Choisissez une stratégie."
                    : "Stratégie inconnue : « " + c.strategy() + " ».");
        }
        if (c.attribution() == null || Attribution.fromCode(c.attribution()).isEmpty()) {
            errors.put("attribution", "Attribution inconnue : « state » ou « civil-society ».");
        }
        if (c.tone() == null || Tone.fromCode(c.tone()).isEmpty()) {
            errors.put("tone", "Ton inconnu : factual, empathetic, questioning, humorous ou solemn.");
        }
        variants(c, strict, errors);
        sources(c.sources(), strict, errors);
        if (strict) {
            strictFields(c, errors);
        }
        return errors;
    }

    private static void variants(TemplateContent c, boolean strict, Map<String, String> errors) {
        c.variants().forEach((code, text) -> {
            Platform platform = PlatformFit.platform(code);
            String field = "variants." + code;
            if (platform == null) {
                errors.put(field, "Plateforme inconnue : « " + code + " ».");
                return;
            }
            int length = PlatformFit.length(platform, text);
            if (length > platform.maxLength()) {
                errors.put(field, "La variante " + platform.label(Locale.FRENCH) + " fait " + length
                        + " caractères, au-delà de la limite de " + platform.maxLength() + ".");
            }
            unknownVariables(field, text, errors);
        });
        if (strict && !c.variants().containsKey("x")) {
            errors.put("variants.x", "La variante X est obligatoire.");
        }
    }

    private static void sources(List<TemplateContent.SourceRef> sources, boolean strict, Map<String, String> errors) {
        if (strict && sources.isEmpty()) {
            errors.put("sources", "Au moins une source est obligatoire.");
        }
        for (int i = 0; i < sources.size(); i++) {
            TemplateContent.SourceRef s = sources.get(i);
            if (s.title() == null || s.title().isBlank()) {
                errors.put("sources[" + i + "].title", "L’intitulé de la source est obligatoire.");
            }
            if (s.url() != null && !s.url().isBlank() && !Source.isSafeUrl(s.url())) {
                errors.put("sources[" + i + "].url", "L’adresse doit commencer par https:// ou http://.");
            }
        }
    }

    private static void strictFields(TemplateContent c, Map<String, String> errors) {
        if (c.reviewDate() == null) {
            errors.put("review_date", "La date de relecture est obligatoire.");
        }
        if (c.author() == null) {
            errors.put("author", "L’auteur est obligatoire.");
        }
        if (c.changeNote() == null) {
            errors.put("change_note", "La note de modification est obligatoire.");
        }
        Gammma g = c.gammma();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("goal", g.goal());
        parts.put("audience", g.audience());
        parts.put("message", g.message());
        parts.put("messenger", g.messenger());
        parts.put("media", g.media());
        parts.put("call_to_action", g.callToAction());
        parts.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                errors.put("gammma." + k, "Le champ GAMMMA+ « " + k + " » est obligatoire.");
            }
        });
    }

    private static void unknownVariables(String field, String text, Map<String, String> errors) {
        List<String> unknown = Variables.unknown(text);
        if (!unknown.isEmpty()) {
            errors.put(field, "Variable inconnue : " + String.join(", ", unknown) + ". Variables permises : "
                    + String.join(", ", Variables.ALLOWED.stream().map(Variables.Variable::placeholder).toList())
                    + ".");
        }
    }
}
