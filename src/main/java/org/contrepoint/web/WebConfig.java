package org.contrepoint.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the web layer. */
@ConfigMapping(prefix = "contrepoint.web")
public interface WebConfig {

    /** Key for CSRF tokens (and the OIDC session cookie). */
    String secret();

    /** Mark cookies Secure: true behind HTTPS. */
    @WithName("secure-cookies")
    boolean secureCookies();

    /** Send Strict-Transport-Security. */
    boolean hsts();

    /** Show the "demonstration instance" banner on every page. */
    @WithName("demo-banner")
    boolean demoBanner();

    /** Page parts whose HTML {@link KeptHtml} keeps at most, per part; 0 renders them on every view. */
    @WithName("kept-fragments")
    @WithDefault("500")
    int keptFragments();
}
