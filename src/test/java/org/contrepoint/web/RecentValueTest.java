package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentValueTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aValueIsReusedDuringItsLifetimeThenReadAgain() {
        RecentValue<Integer> value = new RecentValue<>(reads::incrementAndGet, Duration.ofSeconds(5), nanos::get);
        assertEquals(1, value.get());
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertEquals(1, value.get());
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(2, value.get());
        assertEquals(2, reads.get());
    }

    @Test
    void anInvalidatedValueIsReadAgainAtOnce() {
        RecentValue<Integer> value = new RecentValue<>(reads::incrementAndGet, Duration.ofMinutes(1), nanos::get);
        assertEquals(1, value.get());
        value.invalidate();
        assertEquals(2, value.get());
        assertEquals(2, value.get());
    }

    @Test
    void aReadOverlappingAnInvalidationIsServedButNotKept() {
        RecentValue<Integer>[] self = new RecentValue[1];
        self[0] = new RecentValue<>(() -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                self[0].invalidate(); // a change commits while the first read is under way
            }
            return n;
        }, Duration.ofMinutes(1), nanos::get);
        assertEquals(1, self[0].get());
        assertEquals(2, self[0].get());
        assertEquals(2, self[0].get());
    }
}
