package org.contrepoint.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.contrepoint.audit.Actor;

/** The person behind the current request, as the pages and the audit log need them. */
@RequestScoped
public class CurrentUser {

    @Inject
    Instance<SecurityIdentity> lazyIdentity;

    @Inject
    CurrentVertxRequest request;

    private SecurityIdentity identity;

    /**
     * Authentication is lazy (static files never touch the session store). Where a page is rendered on the event
     * loop without having authenticated (a 404 for an unknown path), the person counts as anonymous rather than
     * blocking the thread to find out.
     */
    private SecurityIdentity identity() {
        if (identity == null) {
            var routing = request.getCurrent();
            if (routing != null && routing.user() instanceof QuarkusHttpUser user) {
                identity = user.getSecurityIdentity();
            } else if (Context.isOnEventLoopThread()) {
                identity = ANONYMOUS;
            } else {
                identity = lazyIdentity.get();
            }
        }
        return identity;
    }

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder()
            .setAnonymous(true).build();

    public boolean isSignedIn() {
        return !identity().isAnonymous();
    }

    public Long personId() {
        return identity().getAttribute(Identities.PERSON_ID);
    }

    public String username() {
        return identity().isAnonymous() ? null : identity().getPrincipal().getName();
    }

    public String displayName() {
        String name = identity().getAttribute(Identities.DISPLAY_NAME);
        return name != null ? name : username();
    }

    public Set<String> roles() {
        Set<String> known = new TreeSet<>();
        for (Role role : Role.values()) {
            if (identity().hasRole(role.id())) {
                known.add(role.id());
            }
        }
        return known;
    }

    public boolean hasRole(String role) {
        return identity().hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity().hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Actor actor() {
        if (identity().isAnonymous()) {
            return Actor.anonymous(null);
        }
        return new Actor(personId(), username(), String.join(",", roles()));
    }
}
