package org.contrepoint.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A message bundle in a reader's language, for texts built in Java: English when asked for, French otherwise. */
public final class Bundles {

    private Bundles() {
    }

    public static <T> T of(Class<T> bundle, String lang) {
        return "en".equals(lang) ? MessageBundles.get(bundle, Localized.Literal.of("en")) : MessageBundles.get(bundle);
    }
}
