package org.contrepoint.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.contrepoint.web.Languages;
import org.contrepoint.web.ReferenceChanges;

/** A recruiter narrative that counter-speech answers (victimhood, the "caliphate" utopia, hijra...). */
@Entity
@EntityListeners(ReferenceChanges.Listener.class)
public class Narrative extends PanacheEntityBase {

    /** Stable code, used in files, URLs and the API (e.g. {@code victimhood}). */
    @Id
    public String code;

    @Column(name = "label_fr", nullable = false)
    public String labelFr;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_en")
    public String descriptionEn;

    /** Weight of the narrative in the queue's priority score (0 to 100), set by admins. */
    @Column(nullable = false)
    public int weight;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public int version;

    public static List<Narrative> listOrdered() {
        return list("order by position, code");
    }

    public static List<Narrative> listActive() {
        return list("active = true order by position, code");
    }

    /** Each narrative's weight by code, as the priority score reads them. */
    public static Map<String, Integer> weights() {
        return Narrative.<Narrative>listAll().stream().collect(Collectors.toMap(n -> n.code, n -> n.weight));
    }

    public String label(Locale locale) {
        return Languages.pick(locale, labelFr, labelEn);
    }
}
