package org.contrepoint.queue;

import java.util.Arrays;
import java.util.Optional;

/** How dangerous a post is; sets its due time and part of its priority. */
public enum RiskLevel {
    LOW(25), MEDIUM(50), HIGH(75), CRITICAL(100);

    private final int score;

    RiskLevel(int score) {
        this.score = score;
    }

    /** Risk part of the priority, 0 to 100. */
    public int score() {
        return score;
    }

    /** The DSFR badge that shows this level: the colour rises with the risk. */
    public String badge() {
        return switch (this) {
            case LOW -> "fr-badge--info";
            case MEDIUM -> "fr-badge--new";
            case HIGH -> "fr-badge--warning";
            case CRITICAL -> "fr-badge--error";
        };
    }

    public String label(QueueMessages m) {
        return switch (this) {
            case LOW -> m.riskLOW();
            case MEDIUM -> m.riskMEDIUM();
            case HIGH -> m.riskHIGH();
            case CRITICAL -> m.riskCRITICAL();
        };
    }

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<RiskLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** Initial risk from the heaviest narrative weight, until a person says otherwise. */
    public static RiskLevel fromNarrativeWeight(int maxWeight) {
        if (maxWeight >= 80) {
            return HIGH;
        }
        if (maxWeight >= 50) {
            return MEDIUM;
        }
        return LOW;
    }
}
