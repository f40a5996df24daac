package org.contrepoint.library;

import jakarta.ws.rs.QueryParam;
import org.contrepoint.web.QueryString;

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

    /** How many results the page shows: {@link #STEP} at first, then more on request, up to {@link #MAX}. */
    @QueryParam("shown")
    public Integer shown;

    public static final int STEP = 20;
    public static final int MAX = 100;

    public int limit() {
        return shown == null ? STEP : Math.max(STEP, Math.min(MAX, shown));
    }

    public int nextLimit() {
        return Math.min(MAX, limit() + STEP);
    }

    /** More results exist than shown, and the page may show more. */
    public boolean canShowMore(long total) {
        return total > limit() && limit() < MAX;
    }

    /** The query string of this search showing {@code count} results, for the "show more" link. */
    public String queryShowing(int count) {
        return new QueryString().add("shown", Integer.toString(count)).add("q", q).add("lang", lang)
                .add("narrative", narrative).add("strategy", strategy).add("attribution", attribution)
                .add("tone", tone).add("variant", variant).add("fits", fits).add("status", status).toString();
    }

    public String value(String s) {
        return s == null ? "" : s;
    }
}
