package org.contrepoint.queue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.TaxonomyChoices;
import org.contrepoint.web.Bundles;
import org.contrepoint.web.KeptHtml;
import org.contrepoint.web.PageContext;
import org.contrepoint.web.WebConfig;
import org.contrepoint.web.WebResponseFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The queue page: filters, keyset pages, bulk actions, and the live stream of claims and arrivals. */
@Path("/queue")
@RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class QueueResource {

    @CheckedTemplate
    static class Templates {
        /** The rows' and forms' HTML come from {@link QueueRowHtml} and {@link #filters}, {@link #bulk}. */
        static native TemplateInstance index(QueueSearch.Page page, List<String> rows, QueueFilter filter,
                String filters, String bulk, boolean canWork, String notice);

        static native TemplateInstance filters(QueueForms f);

        static native TemplateInstance bulk(QueueForms.Bulk b);

        /** One row of the table; the page takes the rows' HTML from {@link QueueRowHtml}. */
        static native TemplateInstance row(QueueRow r, QueueRow.Texts t);
    }

    @Inject
    QueueSearch search;

    @Inject
    QueueRowHtml rowHtml;

    @Inject
    QueueChoices choices;

    @Inject
    BulkActions bulk;

    @Inject
    QueueEvents events;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    Clock clock;

    @ConfigProperty(name = "contrepoint.queue.sse-lifetime", defaultValue = "PT5M")
    Duration sseLifetime;

    @Inject
    WebConfig web;

    private KeptHtml<QueueForms> formsHtml;
    private KeptHtml<QueueForms.Bulk> bulkHtml;

    @PostConstruct
    void keep() {
        formsHtml = new KeptHtml<>(web.keptFragments());
        bulkHtml = new KeptHtml<>(web.keptFragments());
    }

    /**
     * Handed over inside a {@code Response}, so that the page is rendered straight into UTF-8 bytes
     * ({@link org.contrepoint.web.WebResponseFilter}) rather than into one String first: the most viewed page.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@RestQuery String status, @RestQuery String platform, @RestQuery String narrative,
            @RestQuery String risk, @RestQuery String language, @RestQuery String assignee, @RestQuery String cluster,
            @RestQuery String overdue, @RestQuery String sort, @RestQuery String after, @RestQuery Integer changed,
            @RestQuery Integer skipped, @RestQuery String bulkError) {
        QueueFilter filter = QueueFilter.of(status, platform, narrative, risk, language, assignee, cluster, overdue,
                sort, after);
        QueueMessages messages = messages();
        String notice = changed != null && skipped != null ? messages.bulkDone(changed, skipped)
                : bulkError != null ? messages.bulkInvalid() : null;
        QueueSearch.Page found = search.search(filter);
        List<TaxonomyChoices.Term> narratives = choices.narratives();
        boolean canWork = canWork();
        List<QueueRow> rows = QueueRow.of(found.rows(), new QueueRow.Context(canWork, clock.instant(),
                choices.lowReachThreshold(), narratives, page.locale()));
        QueueForms forms = QueueForms.of(page.locale(), filter, narratives, choices.managers());
        List<KeptHtml.Piece> pieces = new ArrayList<>(rowHtml.of(rows, messages));
        List<String> rowsHtml = pieces.stream().map(KeptHtml.Piece::html).toList();
        KeptHtml.Piece filters = formsHtml.piece(forms, f -> Templates.filters(f).render());
        KeptHtml.Piece bulkFields = canWork ? bulkHtml.piece(forms.bulk(), b -> Templates.bulk(b).render())
                : KeptHtml.Piece.NONE;
        pieces.add(filters);
        pieces.add(bulkFields);
        TemplateInstance index = Templates.index(found, rowsHtml, filter, filters.html(), bulkFields.html(), canWork,
                notice);
        return Response.ok(WebResponseFilter.withEncoded(index, pieces)).build();
    }

    /**
     * Live news for the open page. Each stream ends after a while (proxies recycle long connections; the browser's
     * EventSource reconnects by itself), with a last {@code renew} event that tells the page's script the end is
     * expected (queue.js).
     */
    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        QueueMessages messages = messages();
        return events.stream().select().first(sseLifetime).map(e -> "arrivals".equals(e.type())
                ? sse.newEventBuilder().name("arrivals").data(String.class,
                        "<p class=\"fr-mb-0\">" + Html.escape(messages.arrivals(e.count())) + "</p>").build()
                : sse.newEventBuilder().name("post-" + e.postId()).data(String.class, e.holder() == null
                        ? Html.escape(messages.free()) : Html.escape(messages.heldBy(e.holder()))).build())
                // An event with empty data is never dispatched by the browser, hence a word.
                .onCompletion().continueWith(sse.newEventBuilder().name("renew").data(String.class, "renew").build());
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID })
    public Response bulk(@RestForm String action, @RestForm List<Long> ids, @RestForm Long person,
            @RestForm String narrativeCode, @RestForm String reason, @RestForm String back) {
        String query = back != null && back.matches("[\\w=&%.+-]*") ? back : "";
        if (ids == null || ids.isEmpty() || ids.size() > BulkActions.MAX || action == null) {
            return redirect(query, "bulkError=1");
        }
        BulkActions.Result result;
        try {
            result = switch (action) {
                case "assign" -> person == null ? null : bulk.assign(ids, person);
                case "tag" -> narrativeCode == null || narrativeCode.isBlank() ? null : bulk.tag(ids, narrativeCode);
                case "dismiss" -> reason == null || reason.isBlank() || reason.length() > 2000 ? null
                        : bulk.dismiss(ids, reason.strip());
                default -> null;
            };
        } catch (QueueConflict e) {
            result = null;
        }
        if (result == null) {
            return redirect(query, "bulkError=1");
        }
        return redirect(query, "changed=" + result.changed() + "&skipped=" + result.skipped());
    }

    private static Response redirect(String query, String extra) {
        return Response.seeOther(URI.create("/queue?" + (query.isEmpty() ? "" : query + "&") + extra)).build();
    }

    private boolean canWork() {
        return user.hasAnyRole(Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID);
    }

    private QueueMessages messages() {
        return messagesFor(page.lang());
    }

    static QueueMessages messagesFor(String lang) {
        return Bundles.of(QueueMessages.class, lang);
    }
}
