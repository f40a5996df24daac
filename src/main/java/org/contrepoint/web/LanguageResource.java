package org.contrepoint.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** The language switch: remembers the choice in a cookie and sends the visitor back to the page they were on. */
@Path("/language")
public class LanguageResource {

    @Inject
    Cookies cookies;

    @Inject
    org.contrepoint.identity.CurrentUser user;

    @Inject
    org.contrepoint.identity.PersonPreferences preferences;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String lang, @FormParam("next") String next) {
        Response.ResponseBuilder response = Response.seeOther(SafeRedirects.localOr(next, "/"));
        if (Languages.isSupported(lang)) {
            if (user.isSignedIn()) {
                // E-mails follow the language the person reads Contrepoint in.
                preferences.setLocale(user.personId(), lang);
            }
            response.header(HttpHeaders.SET_COOKIE,
                    cookies.persistentCookie(Languages.COOKIE, lang, Duration.ofDays(365)));
        }
        return response.build();
    }
}
