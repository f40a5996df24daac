package org.contrepoint.journeys;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives the system Chromium: skipped (with the reason) where Chromium is missing,
 * except under CI where the missing browser is a failure. Checked before Quarkus starts, so a skipped class
 * costs nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Chromium.class)
public @interface RequiresChromium {
}
