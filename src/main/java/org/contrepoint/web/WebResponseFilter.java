package org.contrepoint.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Hands out the CSRF cookie when a page first needs it, and hands every HTML page over as UTF-8 bytes encoded in one
 * go, with its charset named. Left as a String, a page was encoded by the default writer into a Netty buffer one
 * character at a time: for the queue page (80 KB) a tenth of the request (profiled: bench/README.md). Pages handed
 * over as a {@link TemplateInstance} in a {@code Response} (sign-in, dashboards, error pages), which would otherwise
 * be rendered after this filter, are rendered here first, straight into UTF-8 bytes
 * ({@link #utf8(TemplateInstance)}): the most viewed page, the queue, is handed over that way.
 */
public class WebResponseFilter {

    @Inject
    PageContext page;

    @Inject
    Cookies cookies;

    private static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name());

    @ServerResponseFilter
    public void decorate(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance template && isHtml(template)) {
            // A page wrapped in a Response would be rendered after this filter, with the template's bare
            // "text/html": render it now (its CSRF token creates the cookie set below) and send it as UTF-8.
            response.setEntity(utf8(template), response.getEntityAnnotations(), HTML_UTF8);
        } else if (response.getEntity() instanceof String html && response.getMediaType() != null
                && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.setEntity(utf8(html), response.getEntityAnnotations(), HTML_UTF8);
        }
        if (page.csrfCookieIsNew()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    cookies.sessionCookie(CsrfTokens.COOKIE, page.csrfCookieValue(), "Lax"));
        }
    }

    private static byte[] utf8(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page encoded piece by piece as the template gives them out, never as one String. A single character
     * outside Latin-1 anywhere in the page (a typographic apostrophe in a label, a post in Arabic) made the whole
     * 80 KB String two bytes per character, encoded character by character; each piece here keeps its own form,
     * and the ASCII and Latin-1 pieces (most of a page) are encoded by bulk copies (profiled: bench/README.md).
     */
    static Buffer utf8(TemplateInstance template) {
        String id = template.getTemplate().getId();
        Buffer page = Buffer.buffer(LAST_SIZES.getOrDefault(id, INITIAL_BYTES));
        @SuppressWarnings("unchecked")
        Map<String, byte[]> encoded = (Map<String, byte[]>) template.getAttribute(ENCODED);
        try {
            template.consume(piece -> {
                byte[] bytes = encoded == null ? null : encoded.get(piece);
                page.appendBytes(bytes != null ? bytes : piece.getBytes(StandardCharsets.UTF_8));
            }).toCompletableFuture().join();
        } catch (CompletionException e) {
            // The template's own failure, as render() would have thrown it, for the error pages to report.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        LAST_SIZES.put(id, page.length() + page.length() / 8);
        return page;
    }

    /**
     * Hands the page the UTF-8 bytes of kept pieces it outputs raw (the queue's rows): written as they are, not
     * encoded again. Found by identity, as the template gives out the very String it was given.
     */
    public static TemplateInstance withEncoded(TemplateInstance template, List<KeptHtml.Piece> pieces) {
        Map<String, byte[]> encoded = new IdentityHashMap<>(pieces.size() * 2);
        pieces.forEach(p -> encoded.put(p.html(), p.utf8()));
        return template.setAttribute(ENCODED, encoded);
    }

    private static final String ENCODED = "contrepoint.encoded-pieces";

    /** A page's buffer starts at its template's last size and a little more: growing it copies what it holds. */
    private static final Map<String, Integer> LAST_SIZES = new ConcurrentHashMap<>();
    private static final int INITIAL_BYTES = 16 * 1024;

    private static boolean isHtml(TemplateInstance template) {
        return template.getTemplate().getVariant().map(v -> MediaType.TEXT_HTML.equals(v.getContentType()))
                .orElse(false);
    }
}
