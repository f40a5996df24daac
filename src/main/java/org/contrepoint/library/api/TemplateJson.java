package org.contrepoint.library.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contrepoint.library.Template;
import org.contrepoint.library.TemplateContent;
import org.contrepoint.library.TemplateVersion;

/** What the API answers about templates. */
public final class TemplateJson {

    private TemplateJson() {
    }

    public record VersionJson(long versionId, int number, String status, String title, String text, String language,
            List<String> narratives, String strategy, String attribution, String tone, Map<String, String> variants,
            List<TemplateContent.SourceRef> sources, LocalDate reviewDate, String author, String changeNote,
            String fingerprint, String decisionReason, Instant createdAt, Instant decidedAt, boolean imported) {

        public static VersionJson of(TemplateVersion v) {
            return new VersionJson(v.id, v.number, v.status.code(), v.title, v.body, v.language, List.copyOf(v.narratives),
                    v.strategy, v.attribution, v.tone, Map.copyOf(v.variants), v.content().sources(), v.reviewDate,
                    v.authorName, v.changeNote, v.fingerprint, v.decisionReason, v.createdAt, v.decidedAt, v.imported);
        }
    }

    /** A search result. */
    public record Summary(String id, long versionId, int number, String status, String title, String language,
            List<String> narratives, String strategy, float score) {
    }

    public record Page(List<Summary> items, long total) {
    }

    public record Detail(String id, String status, Integer currentVersion, List<VersionJson> versions) {
        public static Detail of(Template t, List<TemplateVersion> visible) {
            TemplateVersion current = t.current();
            return new Detail(t.id, t.status, current == null ? null : current.number,
                    visible.stream().map(VersionJson::of).toList());
        }
    }

    /** A proposal sent by a contributor: content only; status, author and id are never read. */
    public record Proposal(String title, String text, String language, List<String> narratives, String strategy,
            String attribution, String tone, Map<String, String> variants, List<TemplateContent.SourceRef> sources,
            LocalDate reviewDate, String changeNote, String templateId) {
    }

    /** One item of the admin bulk import. */
    public record ImportItem(String text, String language, List<String> narratives, String strategy, String title,
            String externalId, String attribution, String tone) {
    }

    public record ImportAnswer(List<Entry> items) {
        public record Entry(String externalId, String id, boolean created) {
        }
    }
}
