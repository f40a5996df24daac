package org.contrepoint.reply;

import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;

/** The person acting on a reply, with the two roles the sign-off rules care about. */
public record Signer(long personId, String name, boolean manager, boolean reviewer) {

    public static Signer of(CurrentUser user) {
        return new Signer(user.personId(), user.displayName(), user.hasRole(Role.COMMUNITY_MANAGER_ID),
                user.hasRole(Role.REVIEWER_ID));
    }
}
