package org.contrepoint.queue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.contrepoint.taxonomy.TaxonomyChoices;
import org.contrepoint.web.RecentValues;
import org.contrepoint.web.ReferenceChanges;

/**
 * Whether a narrative tags few posts (PostgreSQL; {@link QueueSearch} with a sort other than priority). The queue
 * filtered by a narrative walks the sort's index until 50 of its posts turn up, which is quick for a narrative on
 * one post in ten but reads the whole index for a rare one (0.52 s a page at a million posts for a narrative on 334
 * of them, sorted by due time). A narrative on at most {@link #FEW} posts is read whole from its rows in
 * post_narrative and sorted instead (15 ms a page for those 334). Counted at most {@link #FEW} + 1 rows deep, and kept for the reference
 * lifetime (5 s) per narrative: a narrative crossing the line only changes which of two right answers is quicker.
 */
@ApplicationScoped
public class NarrativeSizes {

    /** About where reading a narrative whole costs what walking the sort's index for it does, at a million posts. */
    static final int FEW = 2000;

    @Inject
    DataSource dataSource;

    @Inject
    ReferenceChanges changes;

    @Inject
    TaxonomyChoices taxonomy;

    enum Size {
        /** No such narrative: no post carries it (post_narrative's key to narrative). */
        UNKNOWN,
        /** At most {@link #FEW} posts. */
        FEW,
        MANY
    }

    private RecentValues<Key, Boolean> few;

    private record Key(String code, boolean openOnly) {
    }

    @PostConstruct
    void init() {
        few = changes.values(this::count);
    }

    /** {@code openOnly}: counting its open posts only. */
    Size of(String code, boolean openOnly) {
        // Known codes only are counted and kept: the keys kept must be a bounded set, and a code typed into the
        // address is not.
        if (taxonomy.narratives().stream().noneMatch(n -> n.code().equals(code))) {
            return Size.UNKNOWN;
        }
        return few.get(new Key(code, openOnly)) ? Size.FEW : Size.MANY;
    }

    private Boolean count(Key key) {
        String sql = "select count(*) from (select 1 from post_narrative where narrative_code = ?"
                + (key.openOnly() ? " and open" : "") + " limit " + (FEW + 1) + ") tagged";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            count.setString(1, key.code());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1) <= FEW;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a narrative's posts failed", e);
        }
    }
}
