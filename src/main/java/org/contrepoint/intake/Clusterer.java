package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contrepoint.queue.Cluster;
import org.contrepoint.queue.Post;

/**
 * Puts each arriving post in the cluster of its most similar earlier post (stored or earlier in the same batch),
 * starting a cluster when that post had none. Candidates come from shared LSH band keys ({@link TextSimilarity}),
 * read in one bounded query ({@link BandIndex}).
 */
@ApplicationScoped
public class Clusterer {

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
        /** The last post compared with this one: a candidate met through several band keys is compared once. */
        Post comparedWith;

        Candidate(Long id, int[] sig, Long clusterId, Post fresh) {
            this.id = id;
            this.sig = sig;
            this.clusterId = clusterId;
            this.fresh = fresh;
        }
    }

    /**
     * What {@link #assign} decided: each post's cluster (new posts, and stored ones joining a new cluster), and the
     * band rows to write once the new posts have ids ({@link #storeBands}).
     */
    public record Assignment(IdentityHashMap<Post, Cluster> clusters, List<Long> bandKeys, List<Post> bandPosts) {
    }

    /** Finds each new post's cluster; sets each new post's minhash. */
    public Assignment assign(List<Post> posts, Instant now) {
        IdentityHashMap<Post, Cluster> result = new IdentityHashMap<>();
        // Signatures are pure computation and most of a batch's CPU: spread them over the cores. The texts are read
        // here, on the request's thread, so that no other thread touches the entities.
        List<String> texts = posts.stream().map(p -> p.text).toList();
        List<int[]> sigs = texts.size() < 64 ? texts.stream().map(TextSimilarity::signature).toList()
                : texts.parallelStream().map(TextSimilarity::signature).toList();
        List<long[]> postKeys = sigs.stream().map(TextSimilarity::bandKeys).toList();
        Set<Long> keys = new LinkedHashSet<>();
        for (int i = 0; i < posts.size(); i++) {
            posts.get(i).minhash = TextSimilarity.encode(sigs.get(i));
            for (long key : postKeys.get(i)) {
                keys.add(key);
            }
        }
        Map<Long, List<Candidate>> index = storedCandidates(keys);
        List<Long> bandKeys = new ArrayList<>();
        List<Post> bandPosts = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            int[] sig = sigs.get(i);
            Candidate best = null;
            double bestScore = 0;
            for (long key : postKeys.get(i)) {
                for (Candidate c : index.getOrDefault(key, List.of())) {
                    if (c.comparedWith == post) {
                        continue;
                    }
                    c.comparedWith = post;
                    double score = TextSimilarity.similarity(sig, c.sig);
                    if (score > bestScore) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            if (best != null && bestScore >= TextSimilarity.THRESHOLD) {
                result.put(post, clusterOf(best, result, now));
            }
            Candidate self = new Candidate(null, sig, null, post);
            for (long key : postKeys.get(i)) {
                List<Candidate> holders = index.computeIfAbsent(key, k -> new ArrayList<>());
                // A full key takes no more posts (see BandIndex), in the database or in this batch; two bands of a
                // post can share a key, which is stored once.
                if (holders.size() < BandIndex.POSTS_PER_KEY && addOnce(holders, self)) {
                    bandKeys.add(key);
                    bandPosts.add(post);
                }
            }
        }
        return new Assignment(result, bandKeys, bandPosts);
    }

    private Cluster clusterOf(Candidate c, IdentityHashMap<Post, Cluster> result, Instant now) {
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
            Post stored = em.find(Post.class, c.id);
            c.cluster = Cluster.startedBy(stored.text, now);
            result.put(stored, c.cluster);
        }
        return c.cluster;
    }

    /** Stored posts sharing a key with this batch, listed under each of those keys; one Candidate per post. */
    private Map<Long, List<Candidate>> storedCandidates(Set<Long> keys) {
        Map<Long, List<Candidate>> index = new HashMap<>();
        for (BandIndex.Row row : bands.candidates(keys)) {
            Candidate c = new Candidate(row.postId(), TextSimilarity.decode(row.minhash()), row.clusterId(), null);
            for (long key : row.keys()) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        return index;
    }

    /** Two bands of one post rarely share a key; when they do, the post is listed once (it is added last). */
    private static boolean addOnce(List<Candidate> holders, Candidate c) {
        if (!holders.isEmpty() && holders.get(holders.size() - 1) == c) {
            return false;
        }
        return holders.add(c);
    }

    /** Writes the band rows of an assignment: the posts are flushed first, since band rows reference them. */
    public void storeBands(Assignment assignment) {
        em.flush();
        bands.store(assignment.bandKeys(), assignment.bandPosts().stream().map(p -> p.id).toList());
    }
}
