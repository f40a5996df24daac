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
 * starting a cluster when that post had none. Candidates come from shared LSH band keys; see {@link TextSimilarity}.
 */
@ApplicationScoped
public class Clusterer {

    private static final int MAX_CANDIDATE_ROWS = 5000;

    @Inject
    EntityManager em;

    /** A post that may be similar: a stored one (id) or one of this batch (fresh). */
    private static final class Candidate {
        final Long id;
        final int[] sig;
        final Post fresh;
        Long clusterId;
        Cluster cluster;

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
        for (Post post : posts) {
            int[] sig = TextSimilarity.signature(post.text);
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

    private Map<Long, List<Candidate>> storedCandidates(List<Long> keys) {
        Map<Long, List<Long>> postsByKey = new HashMap<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<Object[]> rows = em.createQuery("select b.bandKey, b.postId from PostBand b where b.bandKey in :keys",
                    Object[].class).setParameter("keys", keys.subList(from, Math.min(keys.size(), from + 500)))
                    .setMaxResults(MAX_CANDIDATE_ROWS).getResultList();
            for (Object[] r : rows) {
                postsByKey.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
                ids.add((Long) r[1]);
            }
        }
        Map<Long, Candidate> candidates = new HashMap<>();
        List<Long> idList = new ArrayList<>(ids);
        for (int from = 0; from < idList.size(); from += 500) {
            em.createQuery("select p.id, p.minhash, p.clusterId from Post p where p.id in :ids and p.minhash is not null",
                    Object[].class).setParameter("ids", idList.subList(from, Math.min(idList.size(), from + 500)))
                    .getResultList().forEach(r -> candidates.put((Long) r[0],
                            new Candidate((Long) r[0], TextSimilarity.decode((String) r[1]), (Long) r[2], null)));
        }
        Map<Long, List<Candidate>> index = new HashMap<>();
        postsByKey.forEach((key, postIds) -> postIds.stream().map(candidates::get).filter(c -> c != null)
                .forEach(c -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(c)));
        return index;
    }

    /** Band keys of new posts, after they have their ids. */
    public void storeBands(List<Post> posts) {
        for (Post post : posts) {
            if (post.minhash == null) {
                continue;
            }
            long[] keys = TextSimilarity.bandKeys(TextSimilarity.decode(post.minhash));
            Set<Long> distinct = new LinkedHashSet<>();
            for (long key : keys) {
                if (distinct.add(key)) {
                    em.persist(PostBand.of(key, post.id));
                }
            }
        }
    }
}
