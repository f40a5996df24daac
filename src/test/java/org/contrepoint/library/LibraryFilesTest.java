package org.contrepoint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.contrepoint.audit.Actor;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Test;

/** The seed folder is valid; importing is idempotent and all-or-nothing; export and import round-trip. */
@QuarkusTest
class LibraryFilesTest {

    static final Path FOLDER = Path.of("counter-speech-library");

    @Inject
    LibraryImport importer;

    @Inject
    Database database;

    @Test
    void everySeedFileParsesAndFollowsTheRules() throws Exception {
        List<LibraryFiles.TemplateFile> files = LibraryFolder.read(FOLDER);
        assertTrue(files.size() >= 45, "at least 45 templates, found " + files.size());
        assertEquals(Map.of(), importer.checkFiles(files), "every file follows the README rules");
        Map<String, Integer> perNarrative = new HashMap<>();
        Map<String, Integer> perLanguage = new HashMap<>();
        for (LibraryFiles.TemplateFile f : files) {
            f.content().narratives().forEach(n -> perNarrative.merge(n, 1, Integer::sum));
            perLanguage.merge(f.content().language(), 1, Integer::sum);
            assertTrue(!f.content().sources().isEmpty(), f.path() + " has sources");
            assertTrue(PlatformFit.fits(org.contrepoint.taxonomy.Platform.X, f.content().variants().get("x")),
                    f.path() + " X variant fits 280 with links as 23");
            if ("alternatives-help".equals(f.content().strategy())) {
                assertTrue(f.content().allTexts().contains("0 800 005 696"), f.path() + " gives the national helpline");
            }
        }
        assertEquals(10, perNarrative.size(), "every narrative is covered");
        perNarrative.forEach((n, count) -> assertTrue(count >= 3, n + " has at least 3 templates"));
        assertTrue(perLanguage.getOrDefault("ar", 0) >= 6, "at least 6 in Arabic");
        assertTrue(perLanguage.getOrDefault("en", 0) >= 6, "at least 6 in English");
    }

    @Test
    void importingTheSameFolderAgainChangesNothing() throws Exception {
        long versions = database.count("select count(*) from library_version");
        long audit = database.count("select count(*) from audit_entry");
        LibraryImport.Outcome again = importer.importFiles(LibraryFolder.read(FOLDER), Actor.system());
        assertEquals(0, again.created());
        assertEquals(0, again.newVersions());
        assertEquals(versions, database.count("select count(*) from library_version"));
        assertEquals(audit, database.count("select count(*) from audit_entry"));
    }

    @Test
    void aChangedFileBecomesANewVersionSubmittedForReview() throws Exception {
        Path file = FOLDER.resolve("military-success/succes-militaires-regles-de-la-guerre.md");
        String changed = Files.readString(file).replace("change_note: \"Version initiale.\"",
                "change_note: \"Reformulation.\"") + "\nUne phrase ajoutée.\n";
        LibraryFiles.TemplateFile parsed = LibraryFiles.parse("military-success/succes-militaires-regles-de-la-guerre.md",
                changed);
        LibraryImport.Outcome outcome = importer.importFiles(List.of(parsed), Actor.system());
        assertEquals(1, outcome.newVersions());
        assertEquals("submitted", database.string("select status from library_version where template_id = "
                + "'succes-militaires-regles-de-la-guerre' and number = 2").toLowerCase().replace('_', '-'));
        assertEquals(0, importer.importFiles(List.of(parsed), Actor.system()).newVersions(), "and only once");
        LibraryFiles.TemplateFile published = LibraryFiles.parse(
                "military-success/succes-militaires-regles-de-la-guerre.md", Files.readString(file));
        assertEquals(new LibraryImport.Outcome(0, 0, 1), importer.importFiles(List.of(published), Actor.system()),
                "the published text is not new either while the proposal waits");
    }

    @Test
    void oneInvalidFileRefusesTheWholeImport() throws Exception {
        long before = database.count("select count(*) from library_template");
        List<LibraryFiles.TemplateFile> files = new ArrayList<>();
        files.add(LibraryFiles.parse("belonging/tout-neuf.md", "---\nid: tout-neuf\ntitle: \"Neuf\"\nlanguage: fr\n"
                + "narratives: [belonging]\nstrategy: facts\nattribution: state\ntone: factual\n"
                + "review_date: 2027-06-30\nauthor: \"A\"\nchange_note: \"B\"\n---\nBonjour {{auteur}}.\n"));
        files.add(LibraryFiles.parse("belonging/mauvais.md", "---\nid: mauvais\ntitle: \"Mauvais\"\nlanguage: fr\n"
                + "narratives: [belonging]\nstrategy: facts\nattribution: state\ntone: factual\n---\nBonjour {{lien}}.\n"));
        LibraryImport.Refused refused = assertThrows(LibraryImport.Refused.class,
                () -> importer.importFiles(files, Actor.system()));
        assertTrue(refused.errors.get("belonging/mauvais.md").get("body").contains("{{lien}}"));
        assertEquals(before, database.count("select count(*) from library_template"));
    }

    @Test
    void exportThenParseGivesBackTheSameTemplatesByteForByte() throws Exception {
        Map<String, String> exported = unzip(exportAll());
        List<LibraryFiles.TemplateFile> originals = LibraryFolder.read(FOLDER);
        for (LibraryFiles.TemplateFile original : originals) {
            String text = exported.get("counter-speech-library/" + original.path());
            assertTrue(text != null, "exported " + original.path());
            LibraryFiles.TemplateFile again = LibraryFiles.parse(original.path(), text);
            assertEquals(original.content(), again.content(), original.path());
            assertEquals(Files.readString(FOLDER.resolve(original.path()), StandardCharsets.UTF_8), text,
                    "canonical file " + original.path());
        }
        assertTrue(exported.containsKey("counter-speech-library/README.md"));
    }

    @Transactional
    byte[] exportAll() throws Exception {
        return LibraryFolder.exportZip(Template.list("order by id"));
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
