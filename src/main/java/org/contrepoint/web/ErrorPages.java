package org.contrepoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The error page, in the site layout. */
@CheckedTemplate(basePath = "ErrorPages")
public class ErrorPages {

    private ErrorPages() {
    }

    public static native TemplateInstance error(ErrorKind kind, String incident);
}
