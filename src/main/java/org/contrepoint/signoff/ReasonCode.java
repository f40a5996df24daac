package org.contrepoint.signoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import org.contrepoint.web.Languages;

/** Why a reviewer sends a reply back or rejects it. Admins add and retire codes; a retired one stays for history. */
@Entity
@Table(name = "signoff_reason")
public class ReasonCode extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "label_fr", nullable = false)
    public String labelFr;
    @Column(name = "label_en", nullable = false)
    public String labelEn;
    public boolean active = true;
    public int position;
    @Version
    public int version;

    public static List<ReasonCode> active() {
        return list("active = true order by position, code");
    }

    public static List<ReasonCode> all() {
        return list("order by position, code");
    }

    public static boolean isActive(String code) {
        ReasonCode reason = code == null ? null : findById(code);
        return reason != null && reason.active;
    }

    public String label(Locale locale) {
        return Languages.pick(locale, labelFr, labelEn);
    }
}
