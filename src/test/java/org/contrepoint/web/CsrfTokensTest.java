package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Tokens come from a Mac kept per thread: each must still be the HMAC of its own cookie, whatever came before. */
class CsrfTokensTest {

    private static final String SECRET = "a-test-secret-of-some-length";

    @Test
    void aTokenIsTheHmacOfItsCookieWhateverWasSignedBeforeOnTheThread() throws Exception {
        CsrfTokens tokens = tokens();
        String first = tokens.tokenFor("cookie-a");
        tokens.tokenFor("cookie-b");
        assertEquals(expected("cookie-a"), first);
        assertEquals(first, tokens.tokenFor("cookie-a"));
        assertEquals(expected("cookie-b"), tokens.tokenFor("cookie-b"));
        assertNotEquals(tokens.tokenFor("cookie-a"), tokens.tokenFor("cookie-b"));
    }

    @Test
    void threadsSigningAtOnceEachGetTheirCookiesToken() throws Exception {
        CsrfTokens tokens = tokens();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String cookie = "cookie-" + t;
                String expected = expected(cookie);
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!expected.equals(tokens.tokenFor(cookie))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenForAnotherCookieOrNoneIsRefused() throws Exception {
        CsrfTokens tokens = tokens();
        assertTrue(tokens.isValid("cookie-a", expected("cookie-a")));
        assertFalse(tokens.isValid("cookie-b", expected("cookie-a")));
        assertFalse(tokens.isValid("cookie-a", ""));
        assertFalse(tokens.isValid(null, expected("cookie-a")));
    }

    private static CsrfTokens tokens() {
        CsrfTokens tokens = new CsrfTokens();
        tokens.config = new WebConfig() {
            @Override
            public String secret() {
                return SECRET;
            }

            @Override
            public boolean secureCookies() {
                return false;
            }

            @Override
            public boolean hsts() {
                return false;
            }

            @Override
            public boolean demoBanner() {
                return false;
            }

            @Override
            public int keptFragments() {
                return 0;
            }
        };
        return tokens;
    }

    /** Worked out here with a Mac of its own, as the class did before it kept one per thread. */
    private static String expected(String cookie) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(("csrf:" + cookie).getBytes(StandardCharsets.UTF_8)));
    }
}
