package org.contrepoint.signoff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Role;
import org.contrepoint.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.contrepoint.web.Bundles;

/**
 * Admins set how many reviewers approve a reply per risk level, and maintain the reason codes reviewers choose
 * from. Refused forms come back with what was typed: 422 for invalid values, 409 for a form read before someone
 * else's change.
 */
@Path("/admin/signoff")
@RolesAllowed(Role.ADMIN_ID)
public class SignoffAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PolicyForm policy, Map<String, String> policyErrors, String policyAlert,
                List<ReasonCode> reasons, ReasonForm newReason, Map<String, String> reasonErrors, String reasonAlert,
                String notice);

        static native TemplateInstance reason(ReasonCode reason, ReasonForm form, Map<String, String> errors,
                String alert);
    }

    @Inject
    SignoffAdmin admin;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@RestQuery String done, @RestQuery String code, @RestQuery Integer changed) {
        SignoffMessages m = messages();
        String notice = null;
        if ("policy".equals(done) && changed != null) {
            notice = m.policySaved(changed);
        } else if (List.of("added", "edited", "retired", "reactivated").contains(String.valueOf(done))
                && code != null && ReasonCode.findById(code) != null) {
            notice = m.reasonDone(done, code);
        }
        return page(PolicyForm.current(), Map.of(), null, ReasonForm.empty(), Map.of(), null, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response savePolicy(MultivaluedMap<String, String> params) {
        Map<String, String> values = new HashMap<>();
        params.forEach((key, list) -> values.put(key, list.isEmpty() ? null : list.get(0)));
        PolicyForm form = PolicyForm.read(values);
        SignoffMessages m = messages();
        Map<String, String> errors = new LinkedHashMap<>();
        form.errors().forEach((field, problem) -> errors.put(field, m.policyProblem(problem)));
        if (!errors.isEmpty()) {
            return Response.status(422).entity(page(form, errors, m.policyInvalid(), ReasonForm.empty(), Map.of(),
                    null, null)).build();
        }
        int changed;
        try {
            changed = admin.savePolicies(form);
        } catch (SignoffConflict e) {
            return Response.status(409).entity(page(form, Map.of(), m.policyStale(), ReasonForm.empty(), Map.of(),
                    null, null)).build();
        }
        return Response.seeOther(URI.create("/admin/signoff?done=policy&changed=" + changed)).build();
    }

    @POST
    @Path("/reasons")
    @Produces(MediaType.TEXT_HTML)
    public Response addReason(@RestForm String code, @RestForm String labelFr, @RestForm String labelEn,
            @RestForm String position) {
        ReasonForm form = ReasonForm.read(code, labelFr, labelEn, position, "0");
        SignoffMessages m = messages();
        Map<String, String> errors = reasonErrors(form.errors(true), m);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(page(PolicyForm.current(), Map.of(), null, form, errors,
                    m.reasonInvalid(), null)).build();
        }
        try {
            admin.addReason(form);
        } catch (SignoffConflict e) {
            Map<String, String> taken = Map.of("code", m.reasonProblem(ReasonForm.Problem.CODE_TAKEN));
            return Response.status(409).entity(page(PolicyForm.current(), Map.of(), null, form, taken,
                    m.reasonInvalid(), null)).build();
        }
        return done("added", form.code());
    }

    @GET
    @Path("/reasons/{code}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editReason(@PathParam("code") String code) {
        ReasonCode reason = find(code);
        return Templates.reason(reason, ReasonForm.of(reason), Map.of(), null);
    }

    @POST
    @Path("/reasons/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response saveReason(@PathParam("code") String code, @RestForm String labelFr, @RestForm String labelEn,
            @RestForm String position, @RestForm String version) {
        ReasonCode reason = find(code);
        ReasonForm form = ReasonForm.read(reason.code, labelFr, labelEn, position, version);
        SignoffMessages m = messages();
        Map<String, String> errors = reasonErrors(form.errors(false), m);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.reason(reason, form, errors, m.reasonInvalid())).build();
        }
        try {
            admin.editReason(reason.code, form);
        } catch (SignoffConflict e) {
            return Response.status(409).entity(Templates.reason(find(code), form, Map.of(), m.reasonStale())).build();
        }
        return done("edited", reason.code);
    }

    @POST
    @Path("/reasons/{code}/retire")
    @Produces(MediaType.TEXT_HTML)
    public Response retire(@PathParam("code") String code, @RestForm String version) {
        return setActive(code, version, false);
    }

    @POST
    @Path("/reasons/{code}/reactivate")
    @Produces(MediaType.TEXT_HTML)
    public Response reactivate(@PathParam("code") String code, @RestForm String version) {
        return setActive(code, version, true);
    }

    private Response setActive(String code, String version, boolean active) {
        ReasonCode reason = find(code);
        try {
            admin.setActive(reason.code, PolicyForm.parse(version), active);
        } catch (SignoffConflict e) {
            return Response.status(409).entity(page(PolicyForm.current(), Map.of(), null, ReasonForm.empty(),
                    Map.of(), messages().reasonStale(), null)).build();
        }
        return done(active ? "reactivated" : "retired", reason.code);
    }

    private TemplateInstance page(PolicyForm policy, Map<String, String> policyErrors, String policyAlert,
            ReasonForm newReason, Map<String, String> reasonErrors, String reasonAlert, String notice) {
        return Templates.index(policy, policyErrors, policyAlert, ReasonCode.all(), newReason, reasonErrors,
                reasonAlert, notice);
    }

    private static Map<String, String> reasonErrors(Map<String, ReasonForm.Problem> problems, SignoffMessages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, problem) -> errors.put(field, m.reasonProblem(problem)));
        return errors;
    }

    private static ReasonCode find(String code) {
        ReasonCode reason = code == null ? null : ReasonCode.findById(code);
        if (reason == null) {
            throw new NotFoundException();
        }
        return reason;
    }

    private static Response done(String what, String code) {
        return Response.seeOther(URI.create("/admin/signoff?done=" + what + "&code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8) + "#motifs")).build();
    }

    private SignoffMessages messages() {
        return Bundles.of(SignoffMessages.class, page.lang());
    }
}
