package org.contrepoint.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Set-Cookie values with the flags the security model requires: HttpOnly, SameSite, Secure behind HTTPS. */
@ApplicationScoped
public class Cookies {

    @Inject
    WebConfig config;

    /** A cookie that lives as long as the browser session. */
    public String sessionCookie(String name, String value, String sameSite) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=" + sameSite + secure();
    }

    public String persistentCookie(String name, String value, Duration maxAge) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Lax" + secure();
    }

    public String expired(String name) {
        return name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + secure();
    }

    private String secure() {
        return config.secureCookies() ? "; Secure" : "";
    }
}
