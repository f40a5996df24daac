package org.contrepoint.queue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.TaxonomyChoices;
import org.contrepoint.web.RecentValue;
import org.contrepoint.web.ReferenceChanges;

/**
 * What the queue and post pages offer to choose from (narratives, community managers) and the low-reach
 * threshold they flag rows with. Every page view needs them and admins rarely change them, so they are read at most
 * once per lifetime ({@code contrepoint.web.reference-lifetime}) instead of three queries per page.
 */
@ApplicationScoped
public class QueueChoices {

    /** A community manager who can be assigned a post. */
    public record ManagerOption(Long id, String displayName) {
    }

    @Inject
    ReferenceChanges changes;

    @Inject
    TaxonomyChoices taxonomy;

    private RecentValue<List<ManagerOption>> managers;
    private RecentValue<Long> lowReachThreshold;

    @PostConstruct
    void init() {
        managers = changes.value(() -> Person.enabledWithRole(Role.COMMUNITY_MANAGER_ID).stream()
                .map(p -> new ManagerOption(p.id, p.displayName)).toList(), Person.class);
        lowReachThreshold = changes.value(() -> QueueSettings.current().lowReachThreshold, QueueSettings.class);
    }

    /** Every narrative, retired ones included (posts may still carry them), in the admins' order. */
    public List<TaxonomyChoices.Term> narratives() {
        return taxonomy.narratives();
    }

    /** Enabled community managers by name. */
    public List<ManagerOption> managers() {
        return managers.get();
    }

    public long lowReachThreshold() {
        return lowReachThreshold.get();
    }
}
