package org.contrepoint.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many intake requests one client may send ({@link IntakeRateLimit}). */
@ConfigMapping(prefix = "contrepoint.intake.rate-limit")
public interface IntakeRateLimitConfig {

    /** Off only for tests that are not about the limit; production keeps it on. */
    @WithDefault("true")
    boolean enabled();

    /** Requests refilled per window, spread evenly over it. */
    @WithDefault("1200")
    int requests();

    @WithDefault("PT1M")
    Duration window();

    /** Requests a client may send at once after a quiet period (the bucket's size). */
    @WithDefault("100")
    int burst();
}
