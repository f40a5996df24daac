package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.contrepoint.queue.Cluster;
import org.contrepoint.queue.Post;
import org.hibernate.Session;

/**
 * Puts each arriving post in the cluster of its most similar earlier post (stored or earlier in the same batch),
 * starting a cluster when that post had none. The posts compared are those holding two of its LSH band keys
 * ({@link TextSimilarity#SHARED_BANDS}): the holders of a batch's keys come in one bounded query, the pairs are
 * counted here, and only the chosen stored posts' signatures are read ({@link BandIndex}).
 */
@ApplicationScoped
public class Clusterer {

    private static final long[] NONE = {};

    @Inject
    EntityManager em;

    @Inject
    BandIndex bands;

    /** A post that may be similar: a stored one (id) or one of this batch (fresh). */
    private static final class Candidate {
        final Long id;
        final int[] sig;
        final Post fresh;
        Long clusterId;
        Cluster cluster;
        /** The last post of the batch that met this fresh one through a band key, and through how many keys. */
        Post metBy;
        int sharedKeys;

        Candidate(Long id, int[] sig, Long clusterId, Post fresh) {
            this.id = id;
            this.sig = sig;
            this.clusterId = clusterId;
            this.fresh = fresh;
        }
    }

    /**
     * What {@link #assign} decided: each new post's cluster, the stored posts that join a new cluster (by id), and
     * the band rows to write once the new posts have ids ({@link #store}).
     */
    public record Assignment(IdentityHashMap<Post, Cluster> clusters, Map<Long, Cluster> storedJoining,
            List<Long> bandKeys, List<Post> bandPosts) {
    }

    /** Finds each new post's cluster; sets each new post's minhash. */
    public Assignment assign(List<Post> posts, Instant now) {
        // Signatures are pure computation and most of a batch's CPU: spread them over the cores. The texts are read
        // here, on the request's thread, so that no other thread touches the entities.
        List<String> texts = posts.stream().map(p -> p.text).toList();
        List<int[]> sigs = texts.size() < 64 ? texts.stream().map(TextSimilarity::signature).toList()
                : texts.parallelStream().map(TextSimilarity::signature).toList();
        // Distinct keys per post: two bands giving one key (a hash collision) count as one shared key.
        List<long[]> postKeys = sigs.stream().map(s -> LongStream.of(TextSimilarity.bandKeys(s)).distinct().toArray())
                .toList();
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < posts.size(); i++) {
            posts.get(i).minhash = TextSimilarity.encode(sigs.get(i));
            for (long key : postKeys.get(i)) {
                keys.add(key);
            }
        }
        Map<Long, long[]> storedHolders = bands.holders(keys);
        List<long[]> storedMet = storedCandidateIds(postKeys, storedHolders);
        Map<Long, Candidate> stored = storedCandidates(storedMet);
        Map<Long, List<Candidate>> freshHolders = new HashMap<>();
        List<Long> bandKeys = new ArrayList<>();
        List<Post> bandPosts = new ArrayList<>();
        Candidate[] closest = new Candidate[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            closest[i] = mostSimilar(post, sigs.get(i), postKeys.get(i), storedMet.get(i), stored, freshHolders);
            Candidate self = new Candidate(null, sigs.get(i), null, post);
            for (long key : postKeys.get(i)) {
                // A full key takes no more posts (see BandIndex): its holders stored and of this batch, all counted.
                List<Candidate> fresh = freshHolders.computeIfAbsent(key, k -> new ArrayList<>());
                if (storedHolders.getOrDefault(key, NONE).length + fresh.size() < BandIndex.POSTS_PER_KEY) {
                    fresh.add(self);
                    bandKeys.add(key);
                    bandPosts.add(post);
                }
            }
        }
        Map<Long, String> unclustered = lockUnclustered(closest);
        IdentityHashMap<Post, Cluster> result = new IdentityHashMap<>();
        Map<Long, Cluster> storedJoining = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            if (closest[i] != null) {
                result.put(posts.get(i), clusterOf(closest[i], result, unclustered, storedJoining, now));
            }
        }
        return new Assignment(result, storedJoining, bandKeys, bandPosts);
    }

    /**
     * For each arriving post, the stored posts holding at least {@link TextSimilarity#SHARED_BANDS} of its keys, in
     * id order: the only ones worth comparing with it (see TextSimilarity).
     */
    private static List<long[]> storedCandidateIds(List<long[]> postKeys, Map<Long, long[]> storedHolders) {
        List<long[]> met = new ArrayList<>(postKeys.size());
        Map<Long, Integer> shared = new HashMap<>();
        for (long[] keys : postKeys) {
            shared.clear();
            for (long key : keys) {
                for (long id : storedHolders.getOrDefault(key, NONE)) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
            met.add(shared.entrySet().stream().filter(e -> e.getValue() >= TextSimilarity.SHARED_BANDS)
                    .mapToLong(Map.Entry::getKey).sorted().toArray());
        }
        return met;
    }

    /** The signatures of the stored posts some arriving post met, read once each. */
    private Map<Long, Candidate> storedCandidates(List<long[]> storedMet) {
        Set<Long> ids = new HashSet<>();
        for (long[] met : storedMet) {
            for (long id : met) {
                ids.add(id);
            }
        }
        Map<Long, Candidate> candidates = new HashMap<>();
        for (BandIndex.Stored row : bands.signatures(ids)) {
            candidates.put(row.postId(),
                    new Candidate(row.postId(), TextSimilarity.decode(row.minhash()), row.clusterId(), null));
        }
        return candidates;
    }

    /**
     * The candidate most similar to a post, if similar enough: the stored posts it met (earliest first), then the
     * batch's earlier posts holding {@link TextSimilarity#SHARED_BANDS} of its keys, each compared once, when it
     * reaches that count; ties go to the first compared.
     */
    private static Candidate mostSimilar(Post post, int[] sig, long[] postKeys, long[] storedMet,
            Map<Long, Candidate> stored, Map<Long, List<Candidate>> freshHolders) {
        Candidate best = null;
        double bestScore = 0;
        for (long id : storedMet) {
            Candidate c = stored.get(id);
            if (c == null) {
                continue; // no signature left (see BandIndex.signatures)
            }
            double score = TextSimilarity.similarity(sig, c.sig);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        for (long key : postKeys) {
            for (Candidate c : freshHolders.getOrDefault(key, List.of())) {
                if (c.metBy != post) {
                    c.metBy = post;
                    c.sharedKeys = 0;
                }
                if (++c.sharedKeys != TextSimilarity.SHARED_BANDS) {
                    continue;
                }
                double score = TextSimilarity.similarity(sig, c.sig);
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
        }
        return bestScore >= TextSimilarity.THRESHOLD ? best : null;
    }

    /**
     * Locks the stored posts that new ones join and that had no cluster when the candidates were read, and returns
     * the texts of those that still have none. Another intake running at the same moment may be giving one of them
     * a cluster: the lock makes this one wait for it and then read that cluster, instead of both starting a cluster
     * for the same post and one failing at commit. One statement in id order, so that two intakes never lock the
     * same posts in opposite orders.
     */
    private Map<Long, String> lockUnclustered(Candidate[] closest) {
        Map<Long, Candidate> byId = new TreeMap<>();
        for (Candidate c : closest) {
            if (c != null && c.id != null && c.clusterId == null) {
                byId.put(c.id, c);
            }
        }
        Map<Long, String> texts = new HashMap<>();
        if (byId.isEmpty()) {
            return texts;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, cluster_id, text from post where id = any(?) order by id for update")) {
                select.setArray(1, connection.createArrayOf("bigint", byId.keySet().toArray(Long[]::new)));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long cluster = rs.getLong(2);
                        if (rs.wasNull()) {
                            texts.put(rs.getLong(1), rs.getString(3));
                        } else {
                            byId.get(rs.getLong(1)).clusterId = cluster;
                        }
                    }
                }
            }
        });
        return texts;
    }

    private Cluster clusterOf(Candidate c, IdentityHashMap<Post, Cluster> result, Map<Long, String> unclustered,
            Map<Long, Cluster> storedJoining, Instant now) {
        if (c.cluster != null) {
            return c.cluster;
        }
        if (c.fresh != null) {
            c.cluster = result.get(c.fresh);
            if (c.cluster == null) {
                c.cluster = Cluster.startedBy(c.fresh.text, now);
                result.put(c.fresh, c.cluster);
            }
        } else if (c.clusterId != null) {
            c.cluster = em.find(Cluster.class, c.clusterId);
        } else {
            c.cluster = Cluster.startedBy(unclustered.get(c.id), now);
            storedJoining.put(c.id, c.cluster);
        }
        return c.cluster;
    }

    /**
     * Writes what an assignment decided once its clusters and posts are persisted: the stored posts' new clusters
     * (locked by {@link #assign}; the link is not an edit of the post, so its version stays and an open form on it
     * stays valid) and the band rows (the posts are flushed first, since band rows reference them).
     */
    public void store(Assignment assignment) {
        em.flush();
        if (!assignment.storedJoining().isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "update post set cluster_id = ? where id = ?")) {
                    for (Map.Entry<Long, Cluster> link : assignment.storedJoining().entrySet()) {
                        update.setLong(1, link.getValue().id);
                        update.setLong(2, link.getKey());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            });
        }
        bands.store(assignment.bandKeys(), assignment.bandPosts().stream().map(p -> p.id).toList());
    }
}
