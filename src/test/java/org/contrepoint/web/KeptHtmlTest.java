package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptHtmlTest {

    private record Key(String text, boolean flag) {
    }

    private final AtomicInteger renders = new AtomicInteger();

    private String render(Key key) {
        renders.incrementAndGet();
        return new String("<p>" + key.text() + "</p>");
    }

    @Test
    void anEqualKeyIsServedWhatWasRenderedAndAnotherKeyIsRendered() {
        KeptHtml<Key> kept = new KeptHtml<>(10);
        String first = kept.get(new Key("a", true), this::render);
        assertSame(first, kept.get(new Key("a", true), this::render));
        assertNotSame(first, kept.get(new Key("a", false), this::render), "every value of the key counts");
        assertEquals(2, renders.get());
    }

    @Test
    void aFullStoreIsEmptiedBeforeTakingMore() {
        KeptHtml<Key> kept = new KeptHtml<>(2);
        kept.get(new Key("a", true), this::render);
        kept.get(new Key("b", true), this::render);
        kept.get(new Key("c", true), this::render);
        assertEquals(1, kept.size());
        kept.get(new Key("a", true), this::render);
        assertEquals(4, renders.get(), "a was dropped with the rest");
    }

    @Test
    void noCapacityRendersEveryTime() {
        KeptHtml<Key> kept = new KeptHtml<>(0);
        kept.get(new Key("a", true), this::render);
        kept.get(new Key("a", true), this::render);
        assertEquals(2, renders.get());
        assertEquals(0, kept.size());
    }
}
