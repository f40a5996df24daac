package org.contrepoint.journeys;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stored-XSS payloads for {@link XssSweepTest}: 51 vectors × 5 wrappers, 250 distinct payloads. Each payload is
 * numbered ({@code #} in a
 * vector becomes its number). Every element or attribute a payload would create carries {@code data-xss}, and
 * every script it would run calls {@code xss(n)}: the browser test then proves escaping by the DOM (no
 * {@code [data-xss]}, no injected {@code on*} attribute) and not only by the CSP (no call recorded).
 */
final class XssPayloads {

    private XssPayloads() {
    }

    /** Where a payload tries to get out of: text, a double- or single-quoted attribute, raw-text elements, comments. */
    static final List<String> WRAPPERS = List.of("%s", "\">%s", "'>%s", "</textarea>%s", "</title></option></select>%s");

    static final List<String> VECTORS = List.of(
            "<script data-xss>xss(#)</script>",
            "<img data-xss src=x onerror=xss(#)>",
            "<IMG DATA-XSS SRC=x ONERROR=xss(#)>",
            "<img/data-xss/src=x/onerror=xss(#)>",
            "<img data-xss src=x onerror=\"&#x78;ss(#)\">",
            "<svg data-xss onload=xss(#)>",
            "<svg><script data-xss>xss(#)</script></svg>",
            "<svg><a data-xss xlink:href=\"javascript:xss(#)\"><text x=\"9\" y=\"9\">x</text></a></svg>",
            "<math data-xss><mtext><img data-xss src=x onerror=xss(#)></mtext></math>",
            "<iframe data-xss src=\"javascript:xss(#)\"></iframe>",
            "<iframe data-xss srcdoc=\"<script>parent.xss(#)</script>\"></iframe>",
            "<a data-xss href=\"javascript:xss(#)\">lien #</a>",
            "<a data-xss href=\"jav&#x09;ascript:xss(#)\">lien #</a>",
            "<body data-xss onload=xss(#)>",
            "<input data-xss autofocus onfocus=xss(#)>",
            "<select data-xss autofocus onfocus=xss(#)></select>",
            "<details data-xss open ontoggle=xss(#)>",
            "<video data-xss><source onerror=xss(#)></video>",
            "<audio data-xss src=x onerror=xss(#)>",
            "<object data-xss data=\"javascript:xss(#)\"></object>",
            "<embed data-xss src=\"javascript:xss(#)\">",
            "<form data-xss action=\"javascript:xss(#)\"><button>ok #</button></form>",
            "<marquee data-xss onstart=xss(#)>m</marquee>",
            "<div data-xss style=\"background:url(javascript:xss(#))\">s</div>",
            "<style data-xss>@import 'javascript:xss(#)';</style>",
            "<link data-xss rel=stylesheet href=\"javascript:xss(#)\">",
            "<meta data-xss http-equiv=\"refresh\" content=\"0;url=javascript:xss(#)\">",
            "<base data-xss href=\"javascript:xss(#)//\">",
            "<div data-xss hx-get=\"/logout\" hx-trigger=\"load\">h#</div>",
            "<div data-xss hx-on:htmx:load=\"xss(#)\" hx-on=\"click: xss(#)\">h#</div>",
            "<button data-xss hx-post=\"/logout\" hx-trigger=\"load\" hx-on::after-request=\"xss(#)\">b</button>",
            "<template data-xss><img data-xss src=x onerror=xss(#)></template>",
            "<noscript><p title=\"</noscript><img data-xss src=x onerror=xss(#)>\">",
            "<!--<img data-xss src=\"--><img data-xss src=x onerror=xss(#)//\">",
            "<scr<script>ipt data-xss>xss(#)</script>",
            "</script><script data-xss>xss(#)</script>",
            "\" data-xss=\"# onmouseover=\"xss(#)",
            "' data-xss='# onmouseover='xss(#)",
            "` data-xss=# onfocus=xss(#) autofocus x=`",
            "javascript:xss(#)",
            "data:text/html,<script data-xss>xss(#)</script>",
            "{xss(#)}",
            "{{xss(#)}}",
            "{#for i in 1..3}<b data-xss>{i}#</b>{/for}",
            "{config:contrepoint.web.secret}{inject:csrf.token}#",
            "{#include layout}<i data-xss>#</i>{/include}",
            "&lt;img data-xss src=x onerror=xss(#)&gt;",
            "%3Cimg%20data-xss%20src%3Dx%20onerror%3Dxss(#)%3E",
            "\\u003cimg data-xss src=x onerror=xss(#)\\u003e",
            "jaVasCript:/*-/*`/*'/*\"/**/(/* */oNcliCk=xss(#) )//</stYle/</titLe/</teXtarEa/</scRipt/--!>"
                    + "<sVg/data-xss/oNloAd=xss(#)//>");

    /** All payloads, numbered from 1, duplicates removed. */
    static List<String> all() {
        Set<String> payloads = new LinkedHashSet<>();
        int n = 0;
        for (String wrapper : WRAPPERS) {
            for (String vector : VECTORS) {
                n++;
                payloads.add(String.format(wrapper, vector.replace("#", Integer.toString(n))));
            }
        }
        return new ArrayList<>(payloads);
    }

    /**
     * Payloads packed into values of at most {@code max} characters (one space between two), in order, so that a
     * field holds every payload with as few objects as possible. A payload longer than {@code max} alone is left
     * out: the field's own limit refuses it anyway.
     */
    static List<String> pack(List<String> payloads, int max) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String payload : payloads) {
            if (payload.length() > max) {
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + payload.length() > max) {
                values.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(payload);
        }
        if (current.length() > 0) {
            values.add(current.toString());
        }
        return values;
    }

    /** How many payloads {@link #pack} kept for this limit. */
    static long fitting(List<String> payloads, int max) {
        return payloads.stream().filter(p -> p.length() <= max).count();
    }
}
