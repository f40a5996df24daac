package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Tokens;
import org.contrepoint.queue.PostSource;
import org.contrepoint.taxonomy.Platform;

/**
 * File imports in two steps. The upload is kept server-side (bound to its uploader) while the person reads the
 * preview; confirming reads and checks it again and writes all of it or nothing.
 */
@ApplicationScoped
public class Imports {

    public static final int MAX_CHARS = 2 * 1024 * 1024;

    /** A line of the preview. */
    public record Line(int line, String platformId, String text, Long existingId, String problem) {
    }

    public record Preview(ImportDraft draft, List<Line> create, List<Line> skip, List<Line> reject) {
    }

    /** What a confirmation did; null draft when it was gone. */
    public record Done(int created, int skipped) {
    }

    @Inject
    PostInputReader reader;

    @Inject
    IntakeService intake;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public ImportDraft upload(String fileName, String content) throws ImportParser.Unreadable {
        String format = ImportParser.formatOf(fileName, content);
        ImportParser.parse(content, format);
        ImportDraft.delete("createdAt < ?1", clock.instant().minus(Duration.ofDays(1)));
        ImportDraft draft = new ImportDraft();
        draft.id = Tokens.random();
        draft.personId = user.personId();
        draft.fileName = fileName == null || fileName.isBlank() ? "import" : fileName.length() > 150
                ? fileName.substring(0, 150) : fileName;
        draft.format = format;
        draft.content = content;
        draft.createdAt = clock.instant();
        draft.persist();
        return draft;
    }

    public Preview preview(String draftId) {
        ImportDraft draft = ImportDraft.findOwned(draftId, user.personId());
        if (draft == null) {
            return null;
        }
        List<ImportParser.Row> rows;
        try {
            rows = ImportParser.parse(draft.content, draft.format);
        } catch (ImportParser.Unreadable e) {
            return new Preview(draft, List.of(), List.of(), List.of(new Line(0, null, null, null, "illisible")));
        }
        Set<Platform> enabled = intake.enabledPlatforms();
        Set<String> narratives = intake.narrativeCodes();
        List<PostInputReader.Item> valid = new ArrayList<>();
        Map<Integer, Integer> lineOf = new HashMap<>();
        List<Line> reject = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PostInputReader.Item item = reader.read(i, rows.get(i).item(), enabled, narratives);
            lineOf.put(i, rows.get(i).line());
            if (item.valid()) {
                valid.add(item);
            } else {
                reject.add(new Line(rows.get(i).line(), textOf(rows.get(i), "platformId"), textOf(rows.get(i), "text"),
                        null, item.errors().stream().map(e -> e.field() + " : " + e.detail())
                                .collect(Collectors.joining(" ; "))));
            }
        }
        Map<String, Long> known = valid.isEmpty() ? Map.of() : intake.existing(valid.stream().map(PostInputReader.Item::input).toList());
        List<Line> create = new ArrayList<>();
        List<Line> skip = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PostInputReader.Item item : valid) {
            String key = IntakeService.key(Platform.fromCode(item.input().platform()).orElseThrow(), item.input().platformId());
            int line = lineOf.get(item.index());
            Line l = new Line(line, item.input().platformId(), excerpt(item.input().text()), known.get(key),
                    seen.containsKey(key) ? "ligne " + seen.get(key) : null);
            if (known.containsKey(key) || seen.containsKey(key)) {
                skip.add(l);
            } else {
                create.add(l);
                seen.put(key, line);
            }
        }
        return new Preview(draft, create, skip, reject);
    }

    /** Null when the draft is gone or a line is now rejected (nothing written then). */
    @Transactional
    public Done confirm(String draftId) {
        Preview preview = preview(draftId);
        if (preview == null || !preview.reject().isEmpty()) {
            return null;
        }
        List<ImportParser.Row> rows;
        try {
            rows = ImportParser.parse(preview.draft().content, preview.draft().format);
        } catch (ImportParser.Unreadable e) {
            return null;
        }
        Set<Platform> enabled = intake.enabledPlatforms();
        Set<String> narratives = intake.narrativeCodes();
        List<PostInputReader.Item> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            items.add(reader.read(i, rows.get(i).item(), enabled, narratives));
        }
        List<IntakeService.Outcome> outcomes = items.isEmpty() ? List.of()
                : intake.ingest(items, PostSource.IMPORT, preview.draft().fileName);
        preview.draft().delete();
        int created = (int) outcomes.stream().filter(IntakeService.Outcome::created).count();
        return new Done(created, outcomes.size() - created);
    }

    private static String textOf(ImportParser.Row row, String field) {
        var node = row.item() == null ? null : row.item().get(field);
        return node == null || !node.isTextual() ? null : excerpt(node.asText());
    }

    private static String excerpt(String text) {
        return text == null ? null : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
