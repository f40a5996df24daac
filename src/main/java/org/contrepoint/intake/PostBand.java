package org.contrepoint.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One LSH band key of a post's text (see {@link TextSimilarity}). */
@Entity
@Table(name = "post_band")
@IdClass(PostBand.Key.class)
public class PostBand extends PanacheEntityBase {

    @Id
    @Column(name = "band_key")
    public long bandKey;

    @Id
    @Column(name = "post_id")
    public long postId;

    public static class Key implements Serializable {
        public long bandKey;
        public long postId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.bandKey == bandKey && k.postId == postId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(bandKey) * 31 + Long.hashCode(postId);
        }
    }

    public static PostBand of(long bandKey, long postId) {
        PostBand band = new PostBand();
        band.bandKey = bandKey;
        band.postId = postId;
        return band;
    }
}
