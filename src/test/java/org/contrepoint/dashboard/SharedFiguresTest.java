package org.contrepoint.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedFiguresTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void figuresAreCountedOncePerLifetime() {
        AtomicInteger counts = new AtomicInteger();
        SharedFigures<Integer> figures = new SharedFigures<>(now -> counts.incrementAndGet(), Duration.ofSeconds(10));
        assertEquals(1, figures.get(T0));
        assertEquals(1, figures.get(T0.plusSeconds(9)));
        assertEquals(2, figures.get(T0.plusSeconds(10)), "counted again once expired");
        assertEquals(2, counts.get());
    }

    @Test
    void othersShowThePreviousFiguresWhileOneRequestCountsAgain() throws Exception {
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger counts = new AtomicInteger();
        SharedFigures<Integer> figures = new SharedFigures<>(now -> {
            int n = counts.incrementAndGet();
            if (n == 2) {
                counting.countDown();
                await(finish);
            }
            return n;
        }, Duration.ofSeconds(10));
        figures.get(T0);
        Instant later = T0.plusSeconds(11);
        CompletableFuture<Integer> recount = CompletableFuture.supplyAsync(() -> figures.get(later));
        assertTrue(counting.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 20; i++) {
            assertEquals(1, figures.get(later), "no wait, no second count");
        }
        finish.countDown();
        assertEquals(2, recount.get(5, TimeUnit.SECONDS));
        assertEquals(2, figures.get(later), "the new figures once counted");
        assertEquals(2, counts.get());
    }

    @Test
    void aFailedCountLetsTheNextRequestCountAgain() {
        AtomicInteger counts = new AtomicInteger();
        SharedFigures<Integer> figures = new SharedFigures<>(now -> {
            if (counts.incrementAndGet() == 2) {
                throw new IllegalStateException("database away");
            }
            return counts.get();
        }, Duration.ofSeconds(10));
        figures.get(T0);
        Instant later = T0.plusSeconds(11);
        assertThrows(IllegalStateException.class, () -> figures.get(later), "the request that counted sees it");
        assertEquals(3, figures.get(later), "not stuck on the failed count");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
