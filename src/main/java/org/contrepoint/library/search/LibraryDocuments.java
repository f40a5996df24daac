package org.contrepoint.library.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.contrepoint.library.PlatformFit;
import org.contrepoint.library.TemplateVersion;

/** How a version becomes a search document: text analysed in its own language, every filter as an exact term. */
public final class LibraryDocuments {

    public static final Map<String, Analyzer> ANALYZERS = Map.of(
            "fr", new FrenchTextAnalyzer(),
            "en", new EnglishAnalyzer(),
            "ar", new ArabicAnalyzer());

    private LibraryDocuments() {
    }

    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        ANALYZERS.forEach((lang, analyzer) -> {
            perField.put("text_" + lang, analyzer);
            perField.put("title_" + lang, analyzer);
        });
        perField.put("topic", ANALYZERS.get("fr"));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** A version as the index takes it: its search document, and the card its results show. */
    public record Indexed(Document document, LibrarySearcher.Card card) {
    }

    /**
     * @param topics labels (French and English) of the narratives and strategies by code, so that searching a
     *        narrative's name ("hijra", "martyre") finds the templates that counter it
     */
    public static Indexed of(TemplateVersion v, boolean retired, Map<String, String> topics) {
        Document doc = new Document();
        // The version id as a doc value: a hit's card is found by it (LibrarySearcher), no stored field is read.
        doc.add(new NumericDocValuesField("vid", v.id));
        doc.add(new StringField("tid", v.templateId, Field.Store.NO));
        doc.add(new StringField("status", v.status.code(), Field.Store.NO));
        doc.add(new StringField("retired", Boolean.toString(retired), Field.Store.NO));
        String lang = ANALYZERS.containsKey(v.language) ? v.language : "fr";
        doc.add(new StringField("language", v.language, Field.Store.NO));
        v.narratives.forEach(n -> doc.add(new StringField("narrative", n, Field.Store.NO)));
        doc.add(new StringField("strategy", v.strategy, Field.Store.NO));
        doc.add(new StringField("attribution", v.attribution, Field.Store.NO));
        doc.add(new StringField("tone", v.tone, Field.Store.NO));
        if (v.authorId != null) {
            doc.add(new StringField("author", v.authorId.toString(), Field.Store.NO));
        }
        v.variants.keySet().forEach(p -> doc.add(new StringField("variant", p, Field.Store.NO)));
        PlatformFit.of(v.body, v.variants).stream().filter(PlatformFit.Fit::fits)
                .forEach(f -> doc.add(new StringField("fits", f.code(), Field.Store.NO)));
        doc.add(new TextField("title_" + lang, v.title, Field.Store.NO));
        StringBuilder text = new StringBuilder(v.body);
        v.variants.values().forEach(t -> text.append('\n').append(t));
        for (String s : new String[] { v.message, v.goal }) {
            if (s != null) {
                text.append('\n').append(s);
            }
        }
        doc.add(new TextField("text_" + lang, text.toString(), Field.Store.NO));
        StringBuilder topic = new StringBuilder(v.templateId.replace('-', ' '));
        v.narratives.forEach(n -> topic.append('\n').append(topics.getOrDefault(n, n)));
        topic.append('\n').append(topics.getOrDefault(v.strategy, v.strategy));
        doc.add(new TextField("topic", topic.toString(), Field.Store.NO));
        doc.add(new SortedDocValuesField("sort_title", new BytesRef(v.title.toLowerCase(java.util.Locale.ROOT))));
        return new Indexed(doc, new LibrarySearcher.Card(v.id, v.templateId, v.number, v.status.code(), v.title,
                v.language, List.copyOf(v.narratives), v.strategy, TemplateVersion.excerpt(v.body), v.reviewDate));
    }
}
