package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    // One index scan for all the keys (= any(array)); the window bounds each key's rows, then each post comes once
    // with the keys it was found by (most candidates share several: re-shares of one text share most of their
    // bands), and its signature and cluster are read by id. The same SQL runs on H2.
    // By id, through subqueries in the select list, which PostgreSQL never turns into a join: at 1,000,000 posts a
    // batch's 18,000 keys find about 75,000 candidates, and with a join PostgreSQL chose to merge them with the
    // whole post table read in id order (720 ms) instead of looking each one up (520 ms).
    // No "minhash is not null" here (a post without a signature is skipped while reading): with that predicate,
    // statistics in which nearly every post had no signature made PostgreSQL expect one matching post, and it
    // joined by scanning the post table once per candidate (a batch's query: 76 s instead of 0.4 s).
    private static final String CANDIDATES = "select c.post_id, (select p.minhash from post p where p.id = c.post_id), "
            + "(select p.cluster_id from post p where p.id = c.post_id), c.keys from ("
            + "select w.post_id, array_agg(w.band_key) keys from (select b.band_key, b.post_id, "
            + "row_number() over (partition by b.band_key order by b.post_id desc) rn "
            + "from post_band b where b.band_key = any(?)) w where w.rn <= " + POSTS_PER_KEY + " group by w.post_id"
            + ") c order by c.post_id";
    // "bigint array" is the SQL standard spelling, understood by PostgreSQL and H2 alike.
    private static final String INSERT = "insert into post_band (band_key, post_id) "
            + "select * from unnest(cast(? as bigint array), cast(? as bigint array))";

    @Inject
    EntityManager em;

    /** Stored posts sharing a key with these, in id order (ties between equally similar ones go to the earliest). */
    public List<Row> candidates(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
                Array array = connection.createArrayOf("bigint", keys.toArray(Long[]::new));
                select.setArray(1, array);
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
