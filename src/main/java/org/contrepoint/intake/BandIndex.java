package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The {@code post_band} table in plain JDBC, for speed: a batch of 1,000 posts writes 20,000 band rows and reads
 * the candidates of 20,000 keys, which as Hibernate entities and IN lists cost most of the intake time (profiled:
 * bench/queue/README.md). Each direction is one statement with array parameters.
 * Rows come in post id order, so that ties between equally similar candidates go to the earliest post.
 * Reads are bounded: only the {@link #NEWEST_PER_KEY} newest posts of each band key are returned. A key shared by
 * thousands of posts comes from boilerplate (a common signature line, frequent words), says little about
 * similarity, and would otherwise make every batch read and compare a share of the whole table. The bound was 100
 * until the benchmark's 250,000-post database showed a batch of 1,000 reading 340,000 candidate rows (its 18,000
 * keys averaged 19 posts each, one had 57,000) and intake slowing from 1,650 to 430 posts/s as the table grew; at 20
 * the same batch reads 130,000. A post still finds its cluster through any of the bands it shares with it.
 */
@ApplicationScoped
public class BandIndex {

    static final int NEWEST_PER_KEY = 20;

    /** A stored post sharing a band key with an arriving one. */
    public record Row(long bandKey, long postId, String minhash, Long clusterId) {
    }

    // One index scan for all the keys (= any(array)); the window keeps each key's newest rows before the join, so
    // only those fetch their post. Measured on PostgreSQL with 18,000 keys: 45 ms, where a LATERAL ... LIMIT per
    // key (a hard bound on the index entries read too) took 190 ms. The same SQL runs on H2.
    private static final String CANDIDATES = "select c.band_key, p.id, p.minhash, p.cluster_id from ("
            + "select b.band_key, b.post_id, row_number() over (partition by b.band_key order by b.post_id desc) rn "
            + "from post_band b where b.band_key = any(?)) c join post p on p.id = c.post_id "
            + "where c.rn <= " + NEWEST_PER_KEY + " and p.minhash is not null order by p.id";
    // "bigint array" is the SQL standard spelling, understood by PostgreSQL and H2 alike.
    private static final String INSERT = "insert into post_band (band_key, post_id) "
            + "select * from unnest(cast(? as bigint array), cast(? as bigint array))";

    @Inject
    EntityManager em;

    public List<Row> candidates(List<Long> keys) {
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
                        long cluster = rs.getLong(4);
                        Long clusterId = rs.wasNull() ? null : cluster;
                        rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), clusterId));
                    }
                }
                array.free();
            }
            return rows;
        });
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
