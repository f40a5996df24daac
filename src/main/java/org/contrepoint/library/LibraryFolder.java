package org.contrepoint.library;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.contrepoint.audit.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The library as files: the canonical folder shipped in the application (imported at start, idempotently) and
 * the export of the whole library in the same format.
 */
@ApplicationScoped
public class LibraryFolder {

    static final String ROOT = "counter-speech-library";
    private static final Logger LOG = Logger.getLogger(LibraryFolder.class);

    @Inject
    LibraryImport importer;

    @ConfigProperty(name = "contrepoint.library.import-at-start", defaultValue = "true")
    boolean importAtStart;

    void onStart(@Observes StartupEvent start) {
        if (!importAtStart) {
            return;
        }
        LibraryImport.Outcome outcome = importer.importFiles(readShipped(), Actor.system());
        LOG.infof("Library folder imported: %d created, %d new versions, %d unchanged", outcome.created(),
                outcome.newVersions(), outcome.unchanged());
    }

    /** The files of the folder shipped on the classpath (a directory in development, inside the jar packaged). */
    public static List<LibraryFiles.TemplateFile> readShipped() {
        URL readme = LibraryFolder.class.getClassLoader().getResource(ROOT + "/README.md");
        if (readme == null) {
            return List.of();
        }
        try {
            URI uri = readme.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath("/" + ROOT));
                }
            }
            return read(Path.of(uri).getParent());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the shipped library folder", e);
        }
    }

    /** Every {@code <narrative>/<id>.md} under a library folder, in path order. */
    public static List<LibraryFiles.TemplateFile> read(Path root) throws IOException {
        List<LibraryFiles.TemplateFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 2)) {
            for (Path p : walk.filter(p -> p.getNameCount() - root.getNameCount() == 2)
                    .filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                files.add(LibraryFiles.parse(relative, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    /** Every non-retired published template, as a zip of the library folder (README included). */
    public static byte[] exportZip(List<Template> templates) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            var readme = LibraryFolder.class.getClassLoader().getResourceAsStream(ROOT + "/README.md");
            if (readme != null) {
                try (readme) {
                    zip.putNextEntry(new ZipEntry(ROOT + "/README.md"));
                    readme.transferTo(zip);
                    zip.closeEntry();
                }
            }
            for (Template t : templates) {
                TemplateVersion v = t.current();
                if (t.isRetired() || v == null) {
                    continue;
                }
                TemplateContent c = v.content();
                zip.putNextEntry(new ZipEntry(ROOT + "/" + LibraryFiles.pathOf(t.id, c)));
                zip.write(LibraryFiles.write(t.id, c).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
