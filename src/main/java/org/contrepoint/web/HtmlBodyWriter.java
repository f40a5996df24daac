package org.contrepoint.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes rendered pages as UTF-8 bytes encoded in one go. The default writer hands the String to Vert.x, which
 * encodes it into a Netty buffer one character at a time; for the queue page (80 KB) that loop was the largest cost
 * of the request once the rows were cached (bench/README.md). {@link String#getBytes} encodes in bulk. The charset
 * is stated in the header whatever the resource declared.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlBodyWriter implements ServerMessageBodyWriter<String> {

    private static final String HTML_UTF8 = "text/html;charset=UTF-8";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeResponse(String page, Type genericType, ServerRequestContext context) {
        ServerHttpResponse response = context.serverResponse();
        String type = response.getResponseHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.contains("charset")) {
            response.setResponseHeader(HttpHeaders.CONTENT_TYPE, HTML_UTF8);
        }
        response.end(page.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeTo(String page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(page.getBytes(StandardCharsets.UTF_8));
    }
}
