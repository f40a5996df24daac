package org.contrepoint.taxonomy;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;

/** {@code {platform.label}} in a template: the platform's name in the language the page is rendered in. */
@TemplateExtension
public class PlatformExtensions {

    private PlatformExtensions() {
    }

    static String label(Platform platform, @TemplateAttribute("locale") Object locale) {
        return platform.label(locale instanceof Locale l ? l : Locale.FRENCH);
    }
}
