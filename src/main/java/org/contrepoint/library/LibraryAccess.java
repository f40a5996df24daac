package org.contrepoint.library;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.contrepoint.discussion.Subject;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;

/**
 * Who may see what in the library. Published versions are for everyone with access to the library; anything not
 * published only for its author, the reviewers and the admins. Contributors never see other people's proposals.
 */
public final class LibraryAccess {

    private LibraryAccess() {
    }

    public static boolean seesAllProposals(CurrentUser user) {
        return user.hasAnyRole(Role.REVIEWER_ID, Role.ADMIN_ID);
    }

    public static boolean canSee(CurrentUser user, TemplateVersion version) {
        return version.status == VersionStatus.PUBLISHED || isAuthor(user, version) || seesAllProposals(user);
    }

    /** The comment thread of a version: its author and the reviewers. */
    public static boolean canDiscuss(CurrentUser user, TemplateVersion version) {
        return isAuthor(user, version) || user.hasRole(Role.REVIEWER_ID);
    }

    /**
     * {@link #canDiscuss} for any person, not only the one behind the request: who may be mentioned and notified
     * in the thread of a version. Narrower than {@link #canSee} on purpose: an admin or a manager may see a
     * version but not its thread, and a notification would lead them to a discussion they cannot read.
     */
    public static Predicate<Person> discussionAudience(TemplateVersion version) {
        return Subject.audience(Set.of(Role.REVIEWER_ID),
                version.authorId == null ? List.of() : List.of(version.authorId));
    }

    public static boolean isAuthor(CurrentUser user, TemplateVersion version) {
        return version.authorId != null && Objects.equals(version.authorId, user.personId());
    }
}
