package org.contrepoint.queue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.web.Languages;
import org.contrepoint.web.RecentValue;
import org.contrepoint.web.ReferenceChanges;

/**
 * What the queue and post pages offer to choose from (narratives, community managers) and the low-reach
 * threshold they flag rows with. Every page view needs them and admins rarely change them, so they are read at most
 * once per lifetime ({@code contrepoint.web.reference-lifetime}) instead of three queries per page.
 */
@ApplicationScoped
public class QueueChoices {

    /** A narrative as a filter or tag option. */
    public record NarrativeOption(String code, String labelFr, String labelEn) {
        public String label(Locale locale) {
            return Languages.pick(locale, labelFr, labelEn);
        }
    }

    /** A community manager who can be assigned a post. */
    public record ManagerOption(Long id, String displayName) {
    }

    @Inject
    ReferenceChanges changes;

    private RecentValue<List<NarrativeOption>> narratives;
    private RecentValue<List<ManagerOption>> managers;
    private RecentValue<Long> lowReachThreshold;

    @PostConstruct
    void init() {
        narratives = changes.value(() -> Narrative.listOrdered().stream()
                .map(n -> new NarrativeOption(n.code, n.labelFr, n.labelEn)).toList(), Narrative.class);
        managers = changes.value(() -> Person.enabledWithRole(Role.COMMUNITY_MANAGER_ID).stream()
                .map(p -> new ManagerOption(p.id, p.displayName)).toList(), Person.class);
        lowReachThreshold = changes.value(() -> QueueSettings.current().lowReachThreshold, QueueSettings.class);
    }

    /** Every narrative, retired ones included (posts may still carry them), in the admins' order. */
    public List<NarrativeOption> narratives() {
        return narratives.get();
    }

    /** Enabled community managers by name. */
    public List<ManagerOption> managers() {
        return managers.get();
    }

    public long lowReachThreshold() {
        return lowReachThreshold.get();
    }
}
