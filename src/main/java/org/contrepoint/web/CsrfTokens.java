package org.contrepoint.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed double-submit CSRF tokens: the browser holds a random value in an HttpOnly cookie; forms and htmx
 * requests send the HMAC of that value under the server's secret. A page on another site can neither read the
 * cookie nor compute the HMAC, and cannot plant a cookie of its own that would match.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String COOKIE = "contrepoint-csrf";
    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    WebConfig config;

    /**
     * One keyed Mac per thread, reused (doFinal resets it): every page computes a token, and looking up the
     * algorithm's provider and keying a new Mac each time was most of that work (profiled: bench/README.md). A Mac
     * is not safe to share between threads.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    public String tokenFor(String cookieValue) {
        byte[] signature = macs.get().doFinal(("csrf:" + cookieValue).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }

    public boolean isValid(String cookieValue, String submitted) {
        if (cookieValue == null || cookieValue.isBlank() || submitted == null || submitted.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(cookieValue).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }
}
