package org.contrepoint.library;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal form as submitted, kept as typed so that a refused form comes back with the person's values. Only
 * content fields are read: status, author, id and version numbers never come from the form (the edited version's
 * optimistic-lock number is read separately).
 */
public class TemplateForm {

    public static final int SOURCE_ROWS = 3;

    public String title = "";
    public String body = "";
    public String language = "fr";
    public List<String> narratives = new ArrayList<>();
    public String strategy = "";
    public String attribution = "state";
    public String tone = "factual";
    public Map<String, String> gammma = new LinkedHashMap<>();
    public Map<String, String> variants = new LinkedHashMap<>();
    public List<TemplateContent.SourceRef> sources = new ArrayList<>();
    public String reviewDate = "";
    public String changeNote = "";

    public static TemplateForm of(TemplateContent c) {
        TemplateForm f = new TemplateForm();
        f.title = nz(c.title());
        f.body = c.body();
        f.language = c.language();
        f.narratives = new ArrayList<>(c.narratives());
        f.strategy = c.strategy();
        f.attribution = c.attribution();
        f.tone = c.tone();
        Gammma g = c.gammma();
        f.gammma.put("goal", nz(g.goal()));
        f.gammma.put("audience", nz(g.audience()));
        f.gammma.put("message", nz(g.message()));
        f.gammma.put("messenger", nz(g.messenger()));
        f.gammma.put("media", nz(g.media()));
        f.gammma.put("call_to_action", nz(g.callToAction()));
        f.variants.putAll(c.variants());
        f.sources = new ArrayList<>(c.sources().stream()
                .map(s -> new TemplateContent.SourceRef(nz(s.title()), nz(s.url()), nz(s.publisher()))).toList());
        f.reviewDate = c.reviewDate() == null ? "" : c.reviewDate().toString();
        f.changeNote = "";
        f.padSources();
        return f;
    }

    public static TemplateForm empty() {
        TemplateForm f = new TemplateForm();
        f.padSources();
        return f;
    }

    public static TemplateForm from(MultivaluedMap<String, String> form) {
        TemplateForm f = new TemplateForm();
        f.title = nz(form.getFirst("title"));
        f.body = nz(form.getFirst("body"));
        f.language = nz(form.getFirst("language"));
        f.narratives = form.get("narratives") == null ? new ArrayList<>() : new ArrayList<>(form.get("narratives"));
        f.strategy = nz(form.getFirst("strategy"));
        f.attribution = nz(form.getFirst("attribution"));
        f.tone = nz(form.getFirst("tone"));
        for (String k : List.of("goal", "audience", "message", "messenger", "media", "call_to_action")) {
            f.gammma.put(k, nz(form.getFirst("gammma." + k)));
        }
        for (String p : TemplateContent.VARIANT_ORDER) {
            String v = form.getFirst("variants." + p);
            if (v != null && !v.isBlank()) {
                f.variants.put(p, v);
            }
        }
        for (int i = 0; i < 20; i++) {
            String title = form.getFirst("sources[" + i + "].title");
            String url = form.getFirst("sources[" + i + "].url");
            String publisher = form.getFirst("sources[" + i + "].publisher");
            if (title == null && url == null) {
                break;
            }
            f.sources.add(new TemplateContent.SourceRef(nz(title), nz(url), nz(publisher)));
        }
        f.reviewDate = nz(form.getFirst("review_date"));
        f.changeNote = nz(form.getFirst("change_note"));
        return f;
    }

    /** The content, or errors by field when a value cannot even be read (a malformed date). */
    public TemplateContent toContent(Map<String, String> errors) {
        LocalDate date = null;
        if (!reviewDate.isBlank()) {
            try {
                date = LocalDate.parse(reviewDate.strip());
            } catch (DateTimeParseException e) {
                errors.put("review_date", "Date invalide : écrivez-la AAAA-MM-JJ.");
            }
        }
        List<TemplateContent.SourceRef> filled = sources.stream()
                .filter(s -> !nz(s.title()).isBlank() || !nz(s.url()).isBlank() || !nz(s.publisher()).isBlank())
                .map(s -> new TemplateContent.SourceRef(TemplateContent.trimToNull(s.title()),
                        TemplateContent.trimToNull(s.url()), TemplateContent.trimToNull(s.publisher())))
                .toList();
        return new TemplateContent(title, body, language, narratives, strategy, attribution, tone,
                new Gammma(g("goal"), g("audience"), g("message"), g("messenger"), g("media"), g("call_to_action")),
                variants, filled, date, null, changeNote);
    }

    private String g(String k) {
        return TemplateContent.trimToNull(gammma.get(k));
    }

    public void padSources() {
        while (sources.size() < SOURCE_ROWS) {
            sources.add(new TemplateContent.SourceRef("", "", ""));
        }
    }

    public boolean has(String narrative) {
        return narratives.contains(narrative);
    }

    public String variant(String platform) {
        return variants.getOrDefault(platform, "");
    }

    public String gammma(String key) {
        return gammma.getOrDefault(key, "");
    }

    public List<PlatformFit.Fit> fits() {
        return PlatformFit.of(TemplateContent.normaliseBody(body), variants);
    }

    public String preview() {
        return Variables.preview(TemplateContent.normaliseBody(body));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
