package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The {@code post_band} table in plain JDBC, for speed: a batch of 1,000 posts writes up to 20,000 band rows and
 * reads the candidates of 20,000 keys, which as Hibernate entities and IN lists cost most of the intake time
 * (profiled: bench/queue/README.md). Each direction is one statement with array parameters.
 *
 * <p>Each band key keeps at most {@link #POSTS_PER_KEY} posts: the first ones that had it ({@link Clusterer} stops
 * writing a key's rows once it holds that many). A key shared by thousands of posts comes from boilerplate (a common
 * signature line, frequent words) and says little about similarity; unbounded, such keys made every batch read a
 * share of the whole table (at 250,000 posts a batch of 1,000 read 340,000 candidate rows, one key had 57,000 posts)
 * and intake slowed from 1,650 to 430 posts/s as the table grew. A re-shared campaign still finds its cluster: its
 * first posts hold the key, and a post also meets its cluster through any other band it shares with it (on the
 * benchmark's texts, 98 % of campaign re-shares were clustered with 10 posts per key as with 20, and 60,000 posts
 * took 7.4 s per 10,000 instead of 11.1). Reads keep the bound, for keys that grew past it before it existed.
 */
@ApplicationScoped
public class BandIndex {

    static final int POSTS_PER_KEY = 10;

    /** A stored post that may be similar to an arriving one: its signature and cluster. */
    public record Stored(long postId, String minhash, Long clusterId) {
    }

    // One index-only scan for all the keys (= any(array)) of the band table (its primary key holds both columns): at
    // 1,000,000 posts a batch's 18,000 keys give ~100,000 rows, 59 ms from JDBC. Each key's bound is applied while
    // reading them: a window function doing it in the query sorted all the rows (116 ms against 62 in psql), and one
    // row per key (array_agg) was no faster (65 ms). Which of those posts are worth a comparison is decided in the
    // JVM (Clusterer), and only their signatures are read. The same SQL runs on H2.
    private static final String HOLDERS = "select b.band_key, b.post_id from post_band b where b.band_key = any(?)";
    // No "minhash is not null" here (a post without a signature is skipped while reading): the predicate once made
    // PostgreSQL, misled by statistics in which nearly every post had no signature, scan the post table per candidate.
    private static final String SIGNATURES = "select p.id, p.minhash, p.cluster_id from post p where p.id = any(?)";
    // "bigint array" is the SQL standard spelling, understood by PostgreSQL and H2 alike.
    private static final String INSERT = "insert into post_band (band_key, post_id) "
            + "select * from unnest(cast(? as bigint array), cast(? as bigint array))";

    @Inject
    EntityManager em;

    /**
     * The stored posts holding each of these keys, at most {@link #POSTS_PER_KEY} per key: the latest, for the keys
     * that grew past the bound before it existed or while two intakes wrote them at once.
     */
    public Map<Long, long[]> holders(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Long, Holders> read = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(HOLDERS)) {
                Array array = connection.createArrayOf("bigint", keys.toArray(Long[]::new));
                select.setArray(1, array);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        read.computeIfAbsent(rs.getLong(1), k -> new Holders()).add(rs.getLong(2));
                    }
                }
                array.free();
            }
        });
        Map<Long, long[]> holders = new HashMap<>(read.size() * 2);
        read.forEach((key, held) -> holders.put(key, held.latest()));
        return holders;
    }

    /** One key's posts as read. */
    private static final class Holders {
        long[] ids = new long[2];
        int count;

        void add(long id) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
            }
            ids[count++] = id;
        }

        long[] latest() {
            if (count <= POSTS_PER_KEY) {
                return Arrays.copyOf(ids, count);
            }
            long[] sorted = Arrays.copyOf(ids, count);
            Arrays.sort(sorted);
            return Arrays.copyOfRange(sorted, count - POSTS_PER_KEY, count);
        }
    }

    /**
     * The signatures and clusters of these posts; a post without a signature (pseudonymised since its band rows
     * were written) is left out: there is nothing to compare it with.
     */
    public List<Stored> signatures(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Stored> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SIGNATURES)) {
                Array array = connection.createArrayOf("bigint", postIds.toArray(Long[]::new));
                select.setArray(1, array);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String minhash = rs.getString(2);
                        long cluster = rs.getLong(3);
                        Long clusterId = rs.wasNull() ? null : cluster;
                        if (minhash != null) {
                            found.add(new Stored(rs.getLong(1), minhash, clusterId));
                        }
                    }
                }
                array.free();
            }
            return found;
        });
    }

    /**
     * Removes a post's rows (retention), found by the keys of its signature: the table has no index on the post
     * alone, which would cost every intake a second index insert per row.
     */
    public void remove(long postId, String minhash) {
        if (minhash == null) {
            return;
        }
        List<Long> keys = new ArrayList<>();
        for (long key : TextSimilarity.bandKeys(TextSimilarity.decode(minhash))) {
            keys.add(key);
        }
        em.createQuery("delete from PostBand b where b.postId = :id and b.bandKey in :keys")
                .setParameter("id", postId).setParameter("keys", keys).executeUpdate();
    }

    /** Writes (key, post) pairs; the posts must be flushed already (foreign key). */
    public void store(List<Long> keys, List<Long> postIds) {
        if (keys.isEmpty()) {
            return;
        }
        // In key order: consecutive rows then go down the same upper pages of the primary key's tree.
        Integer[] order = new Integer[keys.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(keys.get(a), keys.get(b)));
        Long[] sortedKeys = new Long[order.length];
        Long[] sortedPosts = new Long[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedKeys[i] = keys.get(order[i]);
            sortedPosts[i] = postIds.get(order[i]);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Array keyArray = connection.createArrayOf("bigint", sortedKeys);
                Array postArray = connection.createArrayOf("bigint", sortedPosts);
                insert.setArray(1, keyArray);
                insert.setArray(2, postArray);
                insert.executeUpdate();
                keyArray.free();
                postArray.free();
            }
        });
    }
}
