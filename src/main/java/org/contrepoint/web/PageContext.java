package org.contrepoint.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Set;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;

/**
 * What the layout needs on every page: the signed-in person, the menu their roles open, the language, the CSRF
 * token and the demo banner. Available in templates as {@code inject:page}.
 */
@RequestScoped
@Named("page")
public class PageContext {

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser user;

    @Inject
    CsrfTokens tokens;

    @Inject
    PageSettings settings;

    @Inject
    org.contrepoint.notification.Notifications notifications;

    @Inject
    org.contrepoint.signoff.Inbox inbox;

    private String csrfCookie;
    private boolean csrfCookieIsNew;
    private String csrfToken;
    private Locale locale;

    public CurrentUser user() {
        return user;
    }

    public boolean signedIn() {
        return user.isSignedIn();
    }

    public String displayName() {
        return user.displayName();
    }

    public Set<String> roles() {
        return user.roles();
    }

    /** Computed once per request: a page embeds it in every form. */
    public String csrfToken() {
        if (csrfToken == null) {
            csrfToken = tokens.tokenFor(csrfCookieValue());
        }
        return csrfToken;
    }

    /**
     * Shown in the header on every page: one indexed count per page. Error pages rendered on the event loop (a
     * refusal decided before any resource ran) cannot query the database there and show no count.
     */
    public long unreadNotifications() {
        if (!user.isSignedIn() || io.vertx.core.Context.isOnEventLoopThread()) {
            return 0;
        }
        return notifications.unreadCount(user.personId());
    }

    /** Replies waiting for this reviewer, shown in the menu; same event-loop caveat as the notification count. */
    public long approvalsWaiting() {
        if (!seesApprovals() || io.vertx.core.Context.isOnEventLoopThread()) {
            return 0;
        }
        return inbox.count(user.personId());
    }

    public Long personId() {
        return user.personId();
    }

    public boolean composesReplies() {
        return user.hasRole(Role.COMMUNITY_MANAGER_ID);
    }

    public boolean demo() {
        return settings.demoBanner();
    }

    public boolean embeddedSignIn() {
        return settings.embeddedSignIn();
    }

    /** Worked out once per request: a page asks for it from many places (each label in a loop). */
    public Locale locale() {
        if (locale == null) {
            locale = Languages.of(request);
        }
        return locale;
    }

    public String lang() {
        return locale().getLanguage();
    }

    /** The current path and query, for forms that bring the visitor back where they were. */
    public String here() {
        return request.uri();
    }

    public String path() {
        return request.path();
    }

    public boolean seesLibrary() {
        return user.hasAnyRole(Role.CONTRIBUTOR_ID, Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID);
    }

    public boolean seesQueue() {
        return user.hasAnyRole(Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID);
    }

    public boolean seesApprovals() {
        return user.hasAnyRole(Role.REVIEWER_ID);
    }

    public boolean seesDashboard() {
        return user.hasAnyRole(Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID);
    }

    public boolean seesAdmin() {
        return user.hasRole(Role.ADMIN_ID);
    }

    /** aria-current for the menu entry of the section being shown. */
    public String current(String section) {
        String path = request.path();
        boolean current = section.equals("/") ? path.equals("/") : path.equals(section) || path.startsWith(section + "/");
        return current ? "page" : null;
    }

    String csrfCookieValue() {
        if (csrfCookie == null) {
            Cookie cookie = request.getCookie(CsrfTokens.COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                csrfCookie = cookie.getValue();
            } else {
                csrfCookie = org.contrepoint.identity.Tokens.random();
                csrfCookieIsNew = true;
            }
        }
        return csrfCookie;
    }

    /** Starts a fresh CSRF cookie, e.g. at sign-in, so that a token seen before cannot be reused after. */
    public void renewCsrfCookie() {
        csrfCookie = org.contrepoint.identity.Tokens.random();
        csrfCookieIsNew = true;
        csrfToken = null;
    }

    boolean csrfCookieIsNew() {
        return csrfCookieIsNew;
    }
}
