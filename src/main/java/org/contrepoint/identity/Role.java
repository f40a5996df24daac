package org.contrepoint.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles Contrepoint knows. Their ids are the Keycloak realm role names. */
public enum Role {
    COMMUNITY_MANAGER("community-manager"),
    REVIEWER("reviewer"),
    CONTRIBUTOR("contributor"),
    ADMIN("admin"),
    INTAKE("intake");

    public static final String COMMUNITY_MANAGER_ID = "community-manager";
    public static final String REVIEWER_ID = "reviewer";
    public static final String CONTRIBUTOR_ID = "contributor";
    public static final String ADMIN_ID = "admin";
    public static final String INTAKE_ID = "intake";

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
