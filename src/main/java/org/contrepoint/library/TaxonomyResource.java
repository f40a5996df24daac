package org.contrepoint.library;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Strategy;

/** Admins edit the labels and descriptions (French and English) of narratives and strategies, and switch them off. */
@Path("/admin/taxonomy")
@RolesAllowed(Role.ADMIN_ID)
public class TaxonomyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Narrative> narratives, List<Strategy> strategies, String done);

        static native TemplateInstance edit(String kind, String code, TermForm form, Map<String, String> errors,
                String alert);
    }

    /** The editable part of a narrative or strategy, as typed. */
    public record TermForm(String labelFr, String labelEn, String descriptionFr, String descriptionEn, boolean active,
            int version) {
    }

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("done") String done) {
        return Templates.index(Narrative.listOrdered(), Strategy.listOrdered(), done);
    }

    @GET
    @Path("/{kind}/{code}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("kind") String kind, @PathParam("code") String code) {
        return Templates.edit(kind, code, read(kind, code), Map.of(), null);
    }

    @POST
    @Path("/{kind}/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response save(@PathParam("kind") String kind, @PathParam("code") String code,
            MultivaluedMap<String, String> params) {
        TermForm current = read(kind, code);
        TermForm form = new TermForm(s(params.getFirst("labelFr")), s(params.getFirst("labelEn")),
                s(params.getFirst("descriptionFr")), s(params.getFirst("descriptionEn")),
                params.getFirst("active") != null, ProposalResource.parseInt(params.getFirst("version")));
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "labelFr", form.labelFr(), true, 200);
        check(errors, "labelEn", form.labelEn(), true, 200);
        check(errors, "descriptionFr", form.descriptionFr(), false, 1000);
        check(errors, "descriptionEn", form.descriptionEn(), false, 1000);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.edit(kind, code, form, errors, null)).build();
        }
        if (form.version() != current.version()) {
            return Response.status(409).entity(Templates.edit(kind, code, form, errors,
                    "Cet élément a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert : vos saisies sont "
                            + "conservées ci-dessous, rechargez la page pour voir la version actuelle.")).build();
        }
        if ("narratives".equals(kind)) {
            Narrative n = Narrative.findById(code);
            n.labelFr = form.labelFr();
            n.labelEn = form.labelEn();
            n.descriptionFr = blankToNull(form.descriptionFr());
            n.descriptionEn = blankToNull(form.descriptionEn());
            n.active = form.active();
        } else {
            Strategy st = Strategy.findById(code);
            st.labelFr = form.labelFr();
            st.labelEn = form.labelEn();
            st.descriptionFr = blankToNull(form.descriptionFr());
            st.descriptionEn = blankToNull(form.descriptionEn());
            st.active = form.active();
        }
        audit.record("taxonomy.edited", kind.substring(0, kind.length() - 1), code, form.labelFr());
        return Response.seeOther(URI.create("/admin/taxonomy?done=" + code)).build();
    }

    private static TermForm read(String kind, String code) {
        if ("narratives".equals(kind)) {
            Narrative n = Narrative.findById(code);
            if (n != null) {
                return new TermForm(n.labelFr, n.labelEn, s(n.descriptionFr), s(n.descriptionEn), n.active, n.version);
            }
        } else if ("strategies".equals(kind)) {
            Strategy st = Strategy.findById(code);
            if (st != null) {
                return new TermForm(st.labelFr, st.labelEn, s(st.descriptionFr), s(st.descriptionEn), st.active,
                        st.version);
            }
        }
        throw new NotFoundException();
    }

    private static void check(Map<String, String> errors, String field, String value, boolean required, int max) {
        if (required && value.isBlank()) {
            errors.put(field, "Ce champ est obligatoire.");
        } else if (value.length() > max) {
            errors.put(field, "Au plus " + max + " caractères.");
        }
    }

    private static String s(String v) {
        return v == null ? "" : v.strip();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
