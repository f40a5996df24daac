package org.contrepoint.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.web.PageContext;

/** A person's notifications: read them, open them (which marks them read), mark them all read. */
@Path("/notifications")
@Authenticated
public class NotificationResource {

    /** One line of the list, already in the reader's language. */
    public record Item(Long id, String title, String actorName, Instant createdAt, boolean read) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Item> items, long unread);
    }

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    Notifications notifications;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        List<Item> items = notifications.latestFor(user.personId()).stream()
                .map(n -> new Item(n.id, NotificationTexts.title(n.kind, n.subjectLabel, page.locale()), n.actorName,
                        n.createdAt, n.isRead()))
                .toList();
        return Templates.index(items, notifications.unreadCount(user.personId()));
    }

    @POST
    @Path("/{id}/open")
    public Response open(@PathParam("id") Long id) {
        String link = notifications.open(id, user.personId());
        return Response.seeOther(URI.create(link)).build();
    }

    @POST
    @Path("/read-all")
    public Response readAll() {
        notifications.markAllRead(user.personId());
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
