package org.contrepoint.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The transparent priority score: four parts, each 0 to 100 and shown on the page, weighted by admins into a
 * score from 0 to 100. Recency is measured at intake (from the time posted to the time captured), so a score
 * does not drift while the post waits; its due time carries the urgency from then on.
 */
public record Priority(int reach, int risk, int recency, int narrative, int score) {

    public static Priority of(long followers, long views, long shares, long reactions, RiskLevel riskLevel,
            Instant postedAt, Instant capturedAt, Collection<String> narratives, Map<String, Integer> narrativeWeights,
            QueueSettings.Weights weights) {
        int reach = reach(followers, views, shares, reactions);
        int risk = riskLevel.score();
        int recency = recency(postedAt, capturedAt);
        int narrative = narrative(narratives, narrativeWeights);
        return new Priority(reach, risk, recency, narrative, score(reach, risk, recency, narrative, weights));
    }

    /** The narrative part: the heaviest of the post's narratives, 0 without any. */
    public static int narrative(Collection<String> narratives, Map<String, Integer> narrativeWeights) {
        return narratives.stream().mapToInt(n -> narrativeWeights.getOrDefault(n, 0)).max().orElse(0);
    }

    /** The parts weighted by the admins' weights, rounded (PriorityRecompute does the same in SQL). */
    static int score(int reach, int risk, int recency, int narrative, QueueSettings.Weights weights) {
        long weighted = (long) reach * weights.reach() + (long) risk * weights.risk()
                + (long) recency * weights.recency() + (long) narrative * weights.narrative();
        return (int) Math.round((double) weighted / weights.total());
    }

    /** Logarithmic: 10 people reached give 17, 1,000 give 50, a million give 100. */
    static int reach(long followers, long views, long shares, long reactions) {
        long audience = Math.max(0, followers) + Math.max(0, views) + 10 * Math.max(0, shares) + Math.max(0, reactions);
        if (audience <= 1) {
            return 0;
        }
        return (int) Math.min(100, Math.round(Math.log10(audience) * 100 / 6));
    }

    /** 100 for a post captured within the hour, halving every day after that. */
    static int recency(Instant postedAt, Instant capturedAt) {
        long hours = Math.max(0, Duration.between(postedAt, capturedAt).toHours());
        return (int) Math.round(100 * Math.pow(0.5, hours / 24.0));
    }
}
