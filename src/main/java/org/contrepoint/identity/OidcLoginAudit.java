package org.contrepoint.identity;

import io.quarkus.oidc.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditLog;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Audits sign-ins and sign-outs that happen through Keycloak. Failed sign-ins happen on Keycloak's own form
 * and are recorded in Keycloak's event log (see docs/operations.md).
 */
@ApplicationScoped
public class OidcLoginAudit {

    @Inject
    AuditLog audit;

    @Transactional
    void onOidcEvent(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN) {
            return;
        }
        if (event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            Person person = Person.findByIdentity(token.getIssuer(), token.getSubject()).orElse(null);
            Actor actor = person != null ? Actor.of(person)
                    : new Actor(null, String.valueOf(token.getClaim("preferred_username")), "");
            audit.recordAs(actor, "login", "person", person == null ? null : String.valueOf(person.id),
                    "channel=oidc");
        }
    }
}
