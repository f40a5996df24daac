package org.contrepoint.reply.suggestion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.queue.Post;
import org.contrepoint.web.PageContext;

/**
 * The "suggested templates" section of the post page, as {@code inject:replySuggestions} in the tag
 * templates/tags/replySuggestions.html. It lives here rather than in the post page's view so that the queue does
 * not depend on the replies and the page includes the section with one line.
 */
@RequestScoped
@Named("replySuggestions")
public class SuggestionPanel {

    /** How many suggestions the post page shows. */
    static final int SHOWN = 5;

    /** One line of the section, with the score rounded for reading. */
    public record Line(String templateId, String title, String language, long score,
            List<Suggestions.Reason> reasons) {
        public boolean rtl() {
            return "ar".equals(language);
        }
    }

    @Inject
    Suggestions suggestions;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    public boolean visible() {
        return user.hasAnyRole(Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID);
    }

    /** Only community managers write replies: the others see the suggestions without the link to compose. */
    public boolean canCompose() {
        return user.hasRole(Role.COMMUNITY_MANAGER_ID);
    }

    public List<Line> forPost(Post post) {
        if (!visible()) {
            return List.of();
        }
        return suggestions.forPost(post, SHOWN, page.lang()).stream()
                .map(s -> new Line(s.templateId(), s.title(), s.language(), Math.round(s.score()),
                        s.reasons())).toList();
    }
}
