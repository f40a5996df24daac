package org.contrepoint.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contrepoint.web.Languages;

/**
 * The variables a template may hold, written {@code {{name}}}. Filling them is plain text substitution: template
 * text is data and is never compiled by Qute, so nothing in it can run.
 */
public final class Variables {

    /** One allowed variable, explained for the people who write and use templates. */
    public record Variable(String name, String explanationFr, String explanationEn, String sample) {
        public String placeholder() {
            return "{{" + name + "}}";
        }

        public String explanation(Locale locale) {
            return Languages.pick(locale, explanationFr, explanationEn);
        }
    }

    public static final List<Variable> ALLOWED = List.of(
            new Variable("auteur", "Le nom affiché ou l’identifiant du compte auquel on répond (à utiliser avec parcimonie).",
                    "The display name or handle of the account being answered (use sparingly).", "@compte_exemple"),
            new Variable("lien_ressource", "Un lien vers une ressource d’aide ou d’information, choisi au moment de la rédaction.",
                    "A link to a help or information resource, chosen when the reply is written.",
                    "https://www.stop-djihadisme.gouv.fr"),
            new Variable("plateforme", "Le nom de la plateforme (X, Facebook, Instagram…).",
                    "The name of the platform (X, Facebook, Instagram...).", "X"));

    /** Anything between double braces, or single braces around a bare name (an attempt at a variable). */
    private static final Pattern ANY = Pattern.compile("\\{\\{(.*?)}}|\\{[a-z_]{1,40}}");

    private Variables() {
    }

    public static Set<String> allowedNames() {
        Set<String> names = new LinkedHashSet<>();
        ALLOWED.forEach(v -> names.add(v.name()));
        return names;
    }

    /** The placeholders of a text that are not allowed variables, as written (e.g. {@code {{ auteur }}}). */
    public static List<String> unknown(String text) {
        List<String> unknown = new ArrayList<>();
        if (text == null) {
            return unknown;
        }
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            if (m.group(1) == null || !allowedNames().contains(m.group(1))) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    /** The allowed variables a text uses, in the order of the registry. */
    public static List<Variable> used(String text) {
        return ALLOWED.stream().filter(v -> text != null && text.contains(v.placeholder())).toList();
    }

    /** The text with every allowed variable replaced by its sample value (the result is still plain text). */
    public static String preview(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (Variable v : ALLOWED) {
            result = result.replace(v.placeholder(), v.sample());
        }
        return result;
    }
}
