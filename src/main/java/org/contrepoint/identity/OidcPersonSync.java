package org.contrepoint.identity;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Links a person signed in through OpenID Connect to their Contrepoint record (created on first sign-in, keyed
 * on iss + sub), so that the audit log and the pages know them. A disabled person keeps no role. The link is
 * remembered for a minute to keep the database off most requests.
 */
@ApplicationScoped
public class OidcPersonSync implements SecurityIdentityAugmentor {

    private static final Duration REMEMBER = Duration.ofMinutes(1);

    @Inject
    PersonDirectory directory;

    private final Map<String, Linked> recent = new ConcurrentHashMap<>();

    private record Linked(Long personId, String displayName, boolean enabled, Instant until) {
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || identity.getAttribute(Identities.PERSON_ID) != null) {
            return Uni.createFrom().item(identity);
        }
        String key = token.getIssuer() + "|" + token.getSubject() + "|" + identity.getRoles();
        Linked linked = recent.get(key);
        if (linked != null && linked.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(withPerson(identity, linked));
        }
        return context.runBlocking(() -> {
            Person person = directory.syncFromToken(token, identity.getRoles());
            Linked fresh = new Linked(person.id, person.displayName, person.enabled, Instant.now().plus(REMEMBER));
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(key, fresh);
            return withPerson(identity, fresh);
        });
    }

    private static SecurityIdentity withPerson(SecurityIdentity identity, Linked linked) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(Identities.PERSON_ID, linked.personId())
                .addAttribute(Identities.DISPLAY_NAME, linked.displayName())
                .addPermissionChecker(identity::checkPermission);
        if (linked.enabled()) {
            builder.addRoles(identity.getRoles());
        }
        return builder.build();
    }
}
