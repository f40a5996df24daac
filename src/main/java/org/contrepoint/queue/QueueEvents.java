package org.contrepoint.queue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Claims and new arrivals, broadcast to the queue pages open on this instance (server-sent events). Several
 * instances each broadcast their own changes only: a page then misses live news from the others, never data.
 */
@ApplicationScoped
public class QueueEvents {

    /** Something that changed: new posts arrived, or who now holds a post (null: nobody). */
    public record Event(String type, long postId, String holder, int count) {
    }

    private final BroadcastProcessor<Event> processor = BroadcastProcessor.create();

    /**
     * Each page's own stream. A page that reads slower than news comes (its connection stalled) misses the news it
     * had no room for: without the drop, the broadcast failed that page's stream with a back-pressure error.
     */
    public Multi<Event> stream() {
        return processor.onOverflow().drop();
    }

    public void arrived(int count) {
        processor.onNext(new Event("arrivals", 0, null, count));
    }

    public void holder(long postId, String holder) {
        processor.onNext(new Event("claim", postId, holder, 0));
    }
}
