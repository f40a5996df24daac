package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live news of the queue pages: a page that cannot keep up loses news, never its stream. */
class QueueEventsTest {

    @Test
    void aStalledPageMissesWhatCameMeanwhileAndKeepsItsStream() {
        QueueEvents events = new QueueEvents();
        AssertSubscriber<QueueEvents.Event> stalled = events.stream().subscribe()
                .withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<QueueEvents.Event> reading = events.stream().subscribe()
                .withSubscriber(AssertSubscriber.create(10));

        events.holder(7, "Camille");
        events.arrived(3);
        stalled.request(1);
        events.holder(7, null);

        stalled.assertNotTerminated();
        assertEquals(List.of(new QueueEvents.Event("claim", 7, null, 0)), stalled.getItems());
        reading.assertNotTerminated();
        assertEquals(3, reading.getItems().size());
    }
}
