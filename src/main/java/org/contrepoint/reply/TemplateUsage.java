package org.contrepoint.reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Maintained counters of a template's use: published replies, and among them how many were assessed, positive
 * and negative (latest outcome per reply). The library, the suggestions and the dashboards read these instead of
 * counting rows.
 */
@Entity
@Table(name = "template_usage")
public class TemplateUsage extends PanacheEntityBase {

    /** Prior for the effectiveness figure: a template with few assessments stays near the neutral middle. */
    private static final double PRIOR_WEIGHT = 4;

    @Id
    @Column(name = "template_id")
    public String templateId;
    public int uses;
    public int assessed;
    public int positive;
    public int negative;
    @Version
    public int version;

    /** The row for a template, locked for the counter update (created at zero the first time). */
    public static TemplateUsage forUpdate(String templateId) {
        TemplateUsage usage = findById(templateId, LockModeType.PESSIMISTIC_WRITE);
        if (usage == null) {
            usage = new TemplateUsage();
            usage.templateId = templateId;
            usage.persistAndFlush();
        }
        return usage;
    }

    public void countUse() {
        uses++;
    }

    /** Moves one reply's assessment from {@code before} (null when first assessed) to {@code after}. */
    public void reassess(Assessment before, Assessment after) {
        if (before == null) {
            assessed++;
        } else {
            adjust(before, -1);
        }
        adjust(after, 1);
    }

    private void adjust(Assessment a, int delta) {
        if (a == Assessment.POSITIVE) {
            positive += delta;
        } else if (a == Assessment.NEGATIVE) {
            negative += delta;
        }
    }

    /**
     * Effectiveness from 0 to 100: the share of positive minus negative assessments mapped onto 0..100, smoothed
     * toward 50 by a small prior so that one lucky use does not rank a template first. 50 with no assessment.
     */
    public int effectiveness() {
        double balance = (positive - negative + 0.0) / (assessed + PRIOR_WEIGHT);
        return (int) Math.round(50 + 50 * balance);
    }
}
