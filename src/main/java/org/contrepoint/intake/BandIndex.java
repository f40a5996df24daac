package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /** A stored post sharing band keys with arriving ones: those keys, within each key's bound. */
    public record Row(long postId, String minhash, Long clusterId, long[] keys) {
    }

    // One index scan for all the keys (= any(array)); the window bounds each key's rows. Then the (key, new post)
    // pairs of the batch tell which stored posts share enough keys with one of its posts; only those come back,
    // each once with the keys it shares with the batch, and their signature and cluster are read by id. The same SQL
    // runs on H2. At 1,000,000 posts a batch's 18,000 keys meet ~75,000 stored posts, of which ~2,000 share two keys
    // with one of its posts: reading the signatures of all of them was most of intake's time (bench/README.md).
    // By id, through subqueries in the select list, which PostgreSQL never turns into a join: with a join it chose to
    // merge the candidates with the whole post table read in id order (720 ms for 75,000) instead of looking each one
    // up (520 ms).
    // No "minhash is not null" here (a post without a signature is skipped while reading): with that predicate,
    // statistics in which nearly every post had no signature made PostgreSQL expect one matching post, and it
    // joined by scanning the post table once per candidate (a batch's query: 76 s instead of 0.4 s).
    private static final String CANDIDATES = "with w as (select b.band_key, b.post_id from (select b.band_key, b.post_id, "
            + "row_number() over (partition by b.band_key order by b.post_id desc) rn "
            + "from post_band b where b.band_key = any(?)) b where b.rn <= " + POSTS_PER_KEY + "), "
            + "k as (select * from unnest(cast(? as bigint array), cast(? as integer array)) as k (band_key, arriving)), "
            + "c as (select w.post_id, array_agg(distinct w.band_key) keys from w where w.post_id in ("
            + "select s.post_id from w s join k on k.band_key = s.band_key group by k.arriving, s.post_id "
            + "having count(*) >= ?) group by w.post_id) "
            + "select c.post_id, (select p.minhash from post p where p.id = c.post_id), "
            + "(select p.cluster_id from post p where p.id = c.post_id), c.keys from c order by c.post_id";
    // "bigint array" is the SQL standard spelling, understood by PostgreSQL and H2 alike.
    private static final String INSERT = "insert into post_band (band_key, post_id) "
            + "select * from unnest(cast(? as bigint array), cast(? as bigint array))";

    @Inject
    EntityManager em;

    /**
     * Stored posts sharing at least {@code shared} keys with one of the arriving posts (each one's distinct keys), in
     * id order (ties between equally similar ones go to the earliest), with the keys they share with any of them.
     */
    public List<Row> candidates(List<long[]> arrivingKeys, int shared) {
        Set<Long> keys = new LinkedHashSet<>();
        List<Long> pairKeys = new ArrayList<>();
        List<Integer> pairPosts = new ArrayList<>();
        for (int i = 0; i < arrivingKeys.size(); i++) {
            for (long key : arrivingKeys.get(i)) {
                keys.add(key);
                pairKeys.add(key);
                pairPosts.add(i);
            }
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
                Array array = connection.createArrayOf("bigint", keys.toArray(Long[]::new));
                Array pairKeyArray = connection.createArrayOf("bigint", pairKeys.toArray(Long[]::new));
                Array pairPostArray = connection.createArrayOf("integer", pairPosts.toArray(Integer[]::new));
                select.setArray(1, array);
                select.setArray(2, pairKeyArray);
                select.setArray(3, pairPostArray);
                select.setInt(4, shared);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String minhash = rs.getString(2);
                        if (minhash == null) {
                            continue; // pseudonymised since its band rows were written: nothing to compare with
                        }
                        long cluster = rs.getLong(3);
                        Long clusterId = rs.wasNull() ? null : cluster;
                        Object[] found = (Object[]) rs.getArray(4).getArray();
                        long[] foundBy = new long[found.length];
                        for (int i = 0; i < found.length; i++) {
                            foundBy[i] = ((Number) found[i]).longValue();
                        }
                        rows.add(new Row(rs.getLong(1), minhash, clusterId, foundBy));
                    }
                }
                array.free();
                pairKeyArray.free();
                pairPostArray.free();
            }
            return rows;
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
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Array keyArray = connection.createArrayOf("bigint", keys.toArray(Long[]::new));
                Array postArray = connection.createArrayOf("bigint", postIds.toArray(Long[]::new));
                insert.setArray(1, keyArray);
                insert.setArray(2, postArray);
                insert.executeUpdate();
                keyArray.free();
                postArray.free();
            }
        });
    }
}
