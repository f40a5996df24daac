package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.queue.Cluster;
import org.contrepoint.queue.Post;
import org.contrepoint.queue.PostSource;
import org.contrepoint.queue.Priority;
import org.contrepoint.queue.QueueSettings;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Platform;
import org.hibernate.Session;

/**
 * Stores valid intake items: idempotent on platform + platform id, all or nothing, in JDBC batches. Detects the
 * language, sets risk, priority and due time, and groups near-identical texts into clusters.
 * Audit: one entry per call that creates posts (action {@code post.intake}), naming the ids created and carrying
 * the SHA-256 of their sorted "id:fingerprint" list, so a batch of 1,000 costs one chained entry, not 1,000.
 */
@ApplicationScoped
public class IntakeService {

    /** What happened to one item: its post id and whether this call created it. */
    public record Outcome(int index, long id, boolean created) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Clusterer clusterer;

    public Set<Platform> enabledPlatforms() {
        return QueueSettings.current().enabledPlatforms();
    }

    public Set<String> narrativeCodes() {
        return Narrative.<Narrative>listAll().stream().map(n -> n.code).collect(Collectors.toSet());
    }

    /**
     * Ids of posts already known, by "platform:platformId": one query for the whole batch, with the pairs as two
     * arrays (an IN list per platform cost 100 ms per batch of 1,000, mostly in statement preparation).
     */
    public Map<String, Long> existing(List<PostInput> inputs) {
        if (inputs.isEmpty()) {
            return Map.of();
        }
        String[] platforms = new String[inputs.size()];
        String[] ids = new String[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            platforms[i] = Platform.fromCode(inputs.get(i).platform()).orElseThrow().name();
            ids[i] = inputs.get(i).platformId().strip();
        }
        Map<String, Long> known = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select p.id, p.platform, p.platform_id "
                    + "from post p join unnest(cast(? as varchar array), cast(? as varchar array)) as k (platform, "
                    + "platform_id) on p.platform = k.platform and p.platform_id = k.platform_id")) {
                select.setArray(1, connection.createArrayOf("varchar", platforms));
                select.setArray(2, connection.createArrayOf("varchar", ids));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        known.put(key(Platform.valueOf(rs.getString(2)), rs.getString(3)), rs.getLong(1));
                    }
                }
            }
        });
        return known;
    }

    @Transactional
    public List<Outcome> ingest(List<PostInputReader.Item> items, PostSource source, String sourceDetail) {
        return ingestAs(null, items, source, sourceDetail);
    }

    /** {@code actor} null means the person behind the request. */
    @Transactional
    public List<Outcome> ingestAs(Actor actor, List<PostInputReader.Item> items, PostSource source,
            String sourceDetail) {
        Instant now = clock.instant();
        QueueSettings settings = QueueSettings.current();
        Map<String, Integer> weights = Narrative.weights();
        Map<String, Long> known = existing(items.stream().map(PostInputReader.Item::input).toList());
        Map<String, Post> fresh = new LinkedHashMap<>();
        Map<Integer, Post> byIndex = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (PostInputReader.Item item : items) {
            PostInput in = item.input();
            Platform platform = Platform.fromCode(in.platform()).orElseThrow();
            String key = key(platform, in.platformId());
            if (known.containsKey(key)) {
                outcomes.add(new Outcome(item.index(), known.get(key), false));
                continue;
            }
            Post post = fresh.get(key);
            if (post == null) {
                post = toPost(in, platform, item.fingerprint(), source, sourceDetail, settings, weights, now);
                fresh.put(key, post);
                byIndex.put(item.index(), post);
                outcomes.add(null);
            } else {
                byIndex.put(-1 - item.index(), post);
                outcomes.add(null);
            }
        }
        List<Post> posts = new ArrayList<>(fresh.values());
        Clusterer.Assignment assignment = clusterer.assign(posts, now);
        IdentityHashMap<Post, Cluster> clusters = assignment.clusters();
        // Clusters first, then posts, then stored posts' links and bands: inserts run in that order, so foreign keys
        // always hold. A cluster started for a stored post is also the cluster of the new post that joined it.
        clusters.values().stream().filter(c -> c.id == null).distinct().forEach(em::persist);
        clusters.forEach((post, cluster) -> post.clusterId = cluster.id);
        posts.forEach(em::persist);
        clusterer.store(assignment);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                int index = items.get(i).index();
                Post created = byIndex.get(index);
                outcomes.set(i, created != null ? new Outcome(index, created.id, true)
                        : new Outcome(index, byIndex.get(-1 - index).id, false));
            }
        }
        if (!posts.isEmpty()) {
            AuditEvent event = AuditEvent.of("post.intake", "post", posts.size() == 1 ? posts.get(0).id.toString()
                    : null, source.name().toLowerCase() + ": " + posts.size() + " créée(s), ids " + ranges(posts))
                    .withFingerprints(null, Fingerprints.sha256(posts.stream().map(p -> p.id + ":" + p.fingerprint)
                            .sorted().collect(Collectors.joining("\n"))));
            if (actor == null) {
                audit.record(event);
            } else {
                audit.recordAs(actor, event.action(), event.objectType(), event.objectId(), event.detail());
            }
        }
        return outcomes;
    }

    private Post toPost(PostInput in, Platform platform, String fingerprint, PostSource source, String sourceDetail,
            QueueSettings settings, Map<String, Integer> weights, Instant now) {
        Post post = new Post();
        post.platform = platform;
        post.platformId = in.platformId().strip();
        post.url = blankToNull(in.url());
        post.authorHandle = blankToNull(in.authorHandle());
        post.authorName = blankToNull(in.authorName());
        post.text = in.text();
        post.language = in.language() == null || in.language().isBlank() ? LanguageDetector.detect(in.text())
                : in.language();
        post.mediaDescription = blankToNull(in.mediaDescription());
        post.postedAt = in.postedAt();
        post.capturedAt = in.capturedAt();
        post.followers = in.followers();
        post.views = in.views();
        post.shares = in.shares();
        post.reactions = in.reactions();
        post.source = source;
        post.sourceDetail = sourceDetail;
        post.narratives = new TreeSet<>(in.narratives() == null ? List.of() : in.narratives());
        int maxWeight = Priority.narrative(post.narratives, weights);
        post.risk = in.risk() != null && !in.risk().isBlank() ? RiskLevel.fromCode(in.risk()).orElseThrow()
                : RiskLevel.fromNarrativeWeight(maxWeight);
        Priority priority = Priority.of(post.followers, post.views, post.shares, post.reactions, post.risk,
                post.postedAt, post.capturedAt, post.narratives, weights, settings.weights());
        post.priority = priority.score();
        post.priorityReach = priority.reach();
        post.priorityRisk = priority.risk();
        post.priorityRecency = priority.recency();
        post.priorityNarrative = priority.narrative();
        post.dueAt = post.capturedAt.plus(settings.dueWithin(post.risk));
        post.fingerprint = fingerprint;
        post.createdAt = now;
        return post;
    }

    static String key(Platform platform, String platformId) {
        return platform.code() + ":" + platformId.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "12-14, 20": ids from sequence allocation are mostly contiguous. */
    static String ranges(List<Post> posts) {
        List<Long> ids = posts.stream().map(p -> p.id).sorted().toList();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
                j++;
            }
            out.append(out.length() == 0 ? "" : ", ").append(ids.get(i));
            if (j > i) {
                out.append('-').append(ids.get(j));
            }
            i = j + 1;
        }
        return out.length() > 1500 ? out.substring(0, 1500) + "…" : out.toString();
    }
}
