package org.contrepoint.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.library.Gammma;
import org.contrepoint.library.LibraryImport;
import org.contrepoint.library.LibraryService;
import org.contrepoint.library.TemplateContent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of templates by an admin: published as imported, idempotent on the external id, all or nothing. */
@Path("/api/v1/library/import")
@Tag(name = "Library")
@RolesAllowed(Role.ADMIN_ID)
public class LibraryImportApi {

    static final int MAX_ITEMS = 1000;

    @Inject
    LibraryImport importer;
    @Inject
    LibraryService library;
    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import templates", description = "A JSON array of {text, language, narratives, strategy, "
            + "title, externalId?}. Answers one entry per item, in order. If any item is invalid, the whole batch is "
            + "refused with field errors named items[i].field, and nothing is written.")
    public Response importItems(List<TemplateJson.ImportItem> items) {
        if (items == null || items.isEmpty()) {
            return Problems.invalid(Map.of("items", "Envoyez un tableau JSON d’au moins un modèle."));
        }
        if (items.size() > MAX_ITEMS) {
            return Problems.invalid(Map.of("items", "Au plus " + MAX_ITEMS + " modèles par envoi."));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<LibraryImport.Item> checked = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            TemplateJson.ImportItem item = items.get(i);
            String prefix = "items[" + i + "].";
            if (item == null) {
                errors.put(prefix.substring(0, prefix.length() - 1), "Élément vide.");
                continue;
            }
            TemplateContent content = new TemplateContent(item.title(), item.text(), item.language(),
                    item.narratives(), item.strategy(), item.attribution() == null ? "state" : item.attribution(),
                    item.tone() == null ? "factual" : item.tone(), Gammma.EMPTY, Map.of(), List.of(), null,
                    user.displayName(), "Import par l’API.");
            library.check(content, false).forEach((k, v) -> errors.put(prefix + ("body".equals(k) ? "text" : k), v));
            if (item.externalId() != null && (item.externalId().isBlank() || item.externalId().length() > 200)) {
                errors.put(prefix + "externalId", "Identifiant externe vide ou trop long (200 caractères au plus).");
            } else if (item.externalId() != null && !externalIds.add(item.externalId())) {
                errors.put(prefix + "externalId", "Identifiant externe en double dans l’envoi.");
            }
            checked.add(new LibraryImport.Item(item.externalId(), content));
        }
        if (!errors.isEmpty()) {
            return Problems.invalid(errors);
        }
        var results = importer.importItems(checked, user.actor());
        return Response.ok(new TemplateJson.ImportAnswer(results.stream()
                .map(r -> new TemplateJson.ImportAnswer.Entry(r.externalId(), r.id(), r.created())).toList())).build();
    }
}
