package org.contrepoint.library;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The fixed vocabularies of the library, for the pages' selects and loops. */
@TemplateGlobal
public class LibraryGlobals {

    static final List<String> libLanguages = List.of("fr", "ar", "en");
    static final List<String> libPlatforms = TemplateContent.VARIANT_ORDER;
    static final List<String> libAttributions = List.of("state", "civil-society");
    static final List<String> libTones = List.of("factual", "empathetic", "questioning", "humorous", "solemn");
    static final List<String> libStatuses = List.of("published", "submitted", "changes-requested", "rejected", "draft");
    static final List<String> libGammmaKeys = List.of("goal", "audience", "message", "messenger", "media",
            "call_to_action");
}
