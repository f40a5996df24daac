package org.contrepoint.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;

/**
 * One version of a template. Its content can change only while it is a draft or sent back for changes; once
 * submitted it waits for a reviewer, and once published it never changes again.
 */
@Entity
@Table(name = "library_version")
public class TemplateVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "template_id", nullable = false)
    public String templateId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public VersionStatus status = VersionStatus.DRAFT;

    @Column(nullable = false)
    public String title;
    @Column(nullable = false, length = 20000)
    public String body;
    @Column(nullable = false)
    public String language;
    @Column(name = "strategy_code", nullable = false)
    public String strategy;
    @Column(nullable = false)
    public String attribution;
    @Column(nullable = false)
    public String tone;
    public String goal;
    public String audience;
    public String message;
    public String messenger;
    public String media;
    @Column(name = "call_to_action")
    public String callToAction;
    @Column(name = "review_date")
    public LocalDate reviewDate;
    @Column(name = "change_note")
    public String changeNote;

    // Lists of versions (an index chunk, a template's history) load these collections a hundred versions a query.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "library_version_narrative", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "narrative_code")
    public List<String> narratives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "library_version_variant", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "platform")
    @Column(name = "text")
    public Map<String, String> variants = new LinkedHashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "library_version_source", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    @Column(name = "author_id")
    public Long authorId;
    @Column(name = "author_name", nullable = false)
    public String authorName;
    @Column(nullable = false)
    public String fingerprint;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by_id")
    public Long decidedById;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    /** Published by the import of files or the bulk API rather than through a reviewer. */
    @Column(nullable = false)
    public boolean imported;

    @Version
    public int version;

    public static TemplateVersion draft(String templateId, int number, TemplateContent content, Long authorId,
            Instant now) {
        TemplateVersion v = new TemplateVersion();
        v.templateId = templateId;
        v.number = number;
        v.authorId = authorId;
        v.createdAt = now;
        v.fill(content);
        return v;
    }

    /** Replaces the content: only the author's draft or a version sent back for changes may change. */
    public void revise(TemplateContent content) {
        if (status != VersionStatus.DRAFT && status != VersionStatus.CHANGES_REQUESTED) {
            throw new IllegalTransitionException("Cette version ne peut plus être modifiée (" + status.code() + ").");
        }
        fill(content);
    }

    private void fill(TemplateContent c) {
        title = c.title();
        body = c.body();
        language = c.language();
        strategy = c.strategy();
        attribution = c.attribution();
        tone = c.tone();
        goal = c.gammma().goal();
        audience = c.gammma().audience();
        message = c.gammma().message();
        messenger = c.gammma().messenger();
        media = c.gammma().media();
        callToAction = c.gammma().callToAction();
        reviewDate = c.reviewDate();
        changeNote = c.changeNote();
        authorName = c.author() == null ? "?" : c.author();
        narratives.clear();
        narratives.addAll(c.narratives());
        variants.clear();
        variants.putAll(c.variants());
        sources.clear();
        c.sources().forEach(s -> sources.add(new Source(s.title(), s.url(), s.publisher())));
        fingerprint = c.fingerprint(templateId);
    }

    public TemplateContent content() {
        return new TemplateContent(title, body, language, narratives, strategy, attribution, tone,
                new Gammma(goal, audience, message, messenger, media, callToAction), variants,
                sources.stream().map(s -> new TemplateContent.SourceRef(s.title, s.url, s.publisher)).toList(),
                reviewDate, authorName, changeNote);
    }

    public void submit(Instant now) {
        if (status != VersionStatus.DRAFT && status != VersionStatus.CHANGES_REQUESTED) {
            throw new IllegalTransitionException("Seul un brouillon ou une version à reprendre peut être soumis.");
        }
        status = VersionStatus.SUBMITTED;
        submittedAt = now;
        decisionReason = null;
    }

    public void publish(long reviewerId, String reviewerName, Instant now) {
        requireSubmitted();
        if (Objects.equals(reviewerId, authorId)) {
            throw new IllegalTransitionException("Vous ne pouvez pas publier votre propre proposition.");
        }
        decide(VersionStatus.PUBLISHED, reviewerId, reviewerName, null, now);
    }

    public void requestChanges(long reviewerId, String reviewerName, String reason, Instant now) {
        requireSubmitted();
        decide(VersionStatus.CHANGES_REQUESTED, reviewerId, reviewerName, requireReason(reason), now);
    }

    public void reject(long reviewerId, String reviewerName, String reason, Instant now) {
        requireSubmitted();
        decide(VersionStatus.REJECTED, reviewerId, reviewerName, requireReason(reason), now);
    }

    /** Files and the admin bulk import publish directly: their review happened in Git or upstream. */
    public void publishAsImported(Long importerId, String importerName, Instant now) {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalTransitionException("Seul un brouillon peut être publié par import.");
        }
        imported = true;
        submittedAt = now;
        decide(VersionStatus.PUBLISHED, importerId, importerName, null, now);
    }

    private void decide(VersionStatus to, Long by, String byName, String reason, Instant now) {
        status = to;
        decidedById = by;
        decidedByName = byName;
        decisionReason = reason;
        decidedAt = now;
    }

    private void requireSubmitted() {
        if (status != VersionStatus.SUBMITTED) {
            throw new IllegalTransitionException("Seule une version soumise peut être relue.");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException("Un motif est obligatoire.");
        }
        return reason.strip();
    }

    /** On or after its review date (README § 2.2): no longer suggested until a new version has been reviewed. */
    public boolean isExpired(LocalDate today) {
        return reviewDate != null && !today.isBefore(reviewDate);
    }

    public boolean isRtl() {
        return isRtl(language);
    }

    public static boolean isRtl(String language) {
        return "ar".equals(language);
    }

    /** The start of a text as result lists show it: its first 240 characters. */
    public static String excerpt(String body) {
        return body.length() <= 240 ? body : body.substring(0, 240).strip() + "…";
    }
}
