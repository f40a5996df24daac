package org.contrepoint.library;

import jakarta.ws.rs.QueryParam;

/** The library's filters as they arrive in the query string (a plain GET form, enhanced by htmx). */
public class SearchForm {

    @QueryParam("q")
    public String q;
    @QueryParam("lang")
    public String lang;
    @QueryParam("narrative")
    public String narrative;
    @QueryParam("strategy")
    public String strategy;
    @QueryParam("attribution")
    public String attribution;
    @QueryParam("tone")
    public String tone;
    @QueryParam("variant")
    public String variant;
    @QueryParam("fits")
    public String fits;
    @QueryParam("status")
    public String status;

    public String value(String s) {
        return s == null ? "" : s;
    }

    public boolean is(String field, String value) {
        String v = switch (field) {
            case "lang" -> lang;
            case "narrative" -> narrative;
            case "strategy" -> strategy;
            case "attribution" -> attribution;
            case "tone" -> tone;
            case "variant" -> variant;
            case "fits" -> fits;
            case "status" -> status;
            default -> null;
        };
        return value != null && value.equals(v);
    }
}
