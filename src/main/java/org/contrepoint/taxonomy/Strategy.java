package org.contrepoint.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import org.contrepoint.web.Languages;
import org.contrepoint.web.ReferenceChanges;

/** A way of replying (facts, testimony, credible religious voice, humour, help resources...). */
@Entity
@EntityListeners(ReferenceChanges.Listener.class)
public class Strategy extends PanacheEntityBase {

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

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public int version;

    public static List<Strategy> listOrdered() {
        return list("order by position, code");
    }

    public static List<Strategy> listActive() {
        return list("active = true order by position, code");
    }

    public String label(Locale locale) {
        return Languages.pick(locale, labelFr, labelEn);
    }
}
