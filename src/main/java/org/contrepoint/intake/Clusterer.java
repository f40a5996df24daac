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

    /** Posts (new ones, and stored ones joining a new cluster) mapped to their cluster; sets each new post's minhash. */
    public IdentityHashMap<Post, Cluster> assign(List<Post> posts, Instant now) {
        IdentityHashMap<Post, Cluster> result = new IdentityHashMap<>();
        Map<Post, int[]> sigs = new IdentityHashMap<>();
        Set<Long> keys = new LinkedHashSet<>();
        // Signatures are pure computation and most of a batch's CPU: spread them over the cores. The texts are read
        // here, on the request's thread, so that no other thread touches the entities.
        List<String> texts = posts.stream().map(p -> p.text).toList();
        List<int[]> computed = texts.size() < 64 ? texts.stream().map(TextSimilarity::signature).toList()
                : texts.parallelStream().map(TextSimilarity::signature).toList();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            int[] sig = computed.get(i);
            sigs.put(post, sig);
            post.minhash = TextSimilarity.encode(sig);
            for (long key : TextSimilarity.bandKeys(sig)) {
                keys.add(key);
            }
        }
        Map<Long, List<Candidate>> index = storedCandidates(new ArrayList<>(keys));
        for (Post post : posts) {
            int[] sig = sigs.get(post);
            long[] bands = TextSimilarity.bandKeys(sig);
            Candidate best = null;
            double bestScore = 0;
            for (long key : bands) {
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
            for (long key : bands) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(self);
            }
        }
        return result;
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

    /** Stored posts sharing a key with this batch, indexed by key; one Candidate per post whatever its keys. */
    private Map<Long, List<Candidate>> storedCandidates(List<Long> keys) {
        Map<Long, Candidate> byId = new HashMap<>();
        Map<Long, List<Candidate>> index = new HashMap<>();
        for (BandIndex.Row row : bands.candidates(keys)) {
            Candidate c = byId.computeIfAbsent(row.postId(),
                    id -> new Candidate(id, TextSimilarity.decode(row.minhash()), row.clusterId(), null));
            index.computeIfAbsent(row.bandKey(), k -> new ArrayList<>()).add(c);
        }
        return index;
    }

    /** Band keys of new posts, after they have their ids: flushed first, since band rows reference the posts. */
    public void storeBands(List<Post> posts) {
        List<Long> keys = new ArrayList<>();
        List<Long> postIds = new ArrayList<>();
        for (Post post : posts) {
            if (post.minhash == null) {
                continue;
            }
            Set<Long> distinct = new LinkedHashSet<>();
            for (long key : TextSimilarity.bandKeys(TextSimilarity.decode(post.minhash))) {
                if (distinct.add(key)) {
                    keys.add(key);
                    postIds.add(post.id);
                }
            }
        }
        em.flush();
        bands.store(keys, postIds);
    }
}
