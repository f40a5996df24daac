package org.contrepoint.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the identity service (Keycloak) answers, asked just before sending someone to its sign-in page: when it
 * is down, the browser would otherwise land on a connection error outside Contrepoint, with nothing to say what is
 * wrong. The answer is remembered a few seconds so that a wave of sign-ins costs one request to Keycloak, and a
 * Keycloak that comes back is noticed quickly.
 */
@ApplicationScoped
public class IdentityService {

    private static final Logger LOG = Logger.getLogger(IdentityService.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REMEMBER_UP = Duration.ofSeconds(5);
    private static final Duration REMEMBER_DOWN = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI discovery;
    private volatile Known last;

    private record Known(boolean up, long until) {
    }

    IdentityService(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> serverUrl) {
        this.discovery = serverUrl.filter(url -> !url.isBlank())
                .map(url -> URI.create(url.replaceAll("/+$", "") + "/.well-known/openid-configuration"))
                .orElse(null);
    }

    /** True when the realm's discovery document answers 200 within two seconds (or no server is configured). */
    public Uni<Boolean> reachable() {
        Known known = last;
        if (discovery == null || known != null && known.until() - System.nanoTime() > 0) {
            return Uni.createFrom().item(discovery == null || known.up());
        }
        HttpRequest probe = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
        Context context = Vertx.currentContext();
        Uni<Boolean> answer = Uni.createFrom()
                .completionStage(() -> client.sendAsync(probe, HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() == 200)
                .onFailure().recoverWithItem(false)
                .invoke(this::remember);
        // The HTTP client completes on its own threads: come back to the request's Vert.x context to answer.
        return context == null ? answer : answer.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private void remember(boolean up) {
        Known previous = last;
        if (previous != null && previous.up() != up) {
            if (up) {
                LOG.info("Identity service reachable again");
            } else {
                LOG.warn("Identity service unreachable: new sign-ins get the 503 page until it answers again");
            }
        } else if (previous == null && !up) {
            LOG.warn("Identity service unreachable: new sign-ins get the 503 page until it answers again");
        }
        last = new Known(up, System.nanoTime() + (up ? REMEMBER_UP : REMEMBER_DOWN).toNanos());
    }
}
