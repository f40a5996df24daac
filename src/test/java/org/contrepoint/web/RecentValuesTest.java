package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentValuesTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Map<String, Integer> reads = new ConcurrentHashMap<>();

    private int read(String key) {
        return reads.merge(key, 1, Integer::sum);
    }

    @Test
    void eachKeyIsReusedDuringItsLifetimeThenReadAgain() {
        RecentValues<String, Integer> values = new RecentValues<>(this::read, Duration.ofSeconds(5), nanos::get);
        assertEquals(1, values.get("a"));
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        assertEquals(1, values.get("b"));
        assertEquals(1, values.get("a"));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals(2, values.get("a"), "a's lifetime is over");
        assertEquals(1, values.get("b"), "b's is not");
    }

    @Test
    void anInvalidationDropsEveryKey() {
        RecentValues<String, Integer> values = new RecentValues<>(this::read, Duration.ofMinutes(1), nanos::get);
        values.get("a");
        values.get("b");
        values.invalidate();
        assertEquals(2, values.get("a"));
        assertEquals(2, values.get("b"));
        assertEquals(2, values.get("b"));
    }

    @Test
    void aReadOverlappingAnInvalidationIsServedButNotKept() {
        @SuppressWarnings("unchecked")
        RecentValues<String, Integer>[] self = new RecentValues[1];
        self[0] = new RecentValues<>(key -> {
            int n = read(key);
            if (n == 1) {
                self[0].invalidate(); // a change commits while the first read is under way
            }
            return n;
        }, Duration.ofMinutes(1), nanos::get);
        assertEquals(1, self[0].get("a"));
        assertEquals(2, self[0].get("a"));
        assertEquals(2, self[0].get("a"));
    }
}
