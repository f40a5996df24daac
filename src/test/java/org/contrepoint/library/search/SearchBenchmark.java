package org.contrepoint.library.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.contrepoint.library.LibraryFiles;
import org.contrepoint.library.LibraryFolder;
import org.contrepoint.library.TemplateContent;
import org.contrepoint.library.TemplateVersion;
import org.contrepoint.library.VersionStatus;

/**
 * In-process benchmark of the library search (bench/library/README.md): indexes N generated published templates
 * (sentences of the seed library recombined) and measures filtered French searches. Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.contrepoint.library.search.SearchBenchmark
 * -Dexec.classpathScope=test [-Dexec.args=20000]}.
 */
public final class SearchBenchmark {

    private static final String[] QUERIES = { "hijra obligation", "califat paradis", "l'hijra", "témoignages",
            "martyrs", "recruteurs mensonges", "famille parents", "prison conséquences", "religion islam savants",
            "aide numéro vert", "victimes musulmans", "aventure héros", "propagande vidéo", "fraternité amitié" };
    private static final String[] NARRATIVES = { "victimhood", "caliphate-utopia", "religious-obligation",
            "heroism-adventure", "belonging", "brotherhood-romance", "martyrdom", "military-success", "conspiracy-west",
            "grooming-manipulation" };
    private static final String[] STRATEGIES = { "facts", "testimony", "religious-voice", "consequences",
            "empathy-questions", "humour", "hypocrisy", "alternatives-help" };

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random random = new Random(42);
        List<String> sentences = new ArrayList<>();
        for (LibraryFiles.TemplateFile f : LibraryFolder.read(Path.of("counter-speech-library"))) {
            if ("fr".equals(f.content().language())) {
                sentences.addAll(Arrays.asList(f.content().body().split("(?<=[.?!])\\s+")));
            }
        }
        Map<String, String> topics = new HashMap<>();
        long t0 = System.nanoTime();
        List<LibraryDocuments.Indexed> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(LibraryDocuments.of(generated(i, sentences, random), false, topics));
        }
        LibrarySearcher searcher = LibrarySearcher.build(docs);
        long indexMs = (System.nanoTime() - t0) / 1_000_000;

        int rounds = 5_000;
        for (int i = 0; i < 2_000; i++) {
            searcher.search(query(random));
        }
        long[] nanos = new long[rounds];
        long totalHits = 0;
        for (int i = 0; i < rounds; i++) {
            SearchQuery q = query(random);
            long start = System.nanoTime();
            totalHits += searcher.search(q).hits().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("templates=%d indexed_in=%d ms queries=%d avg_hits=%.1f p50=%.2f ms p90=%.2f ms "
                + "p99=%.2f ms max=%.2f ms%n", count, indexMs, rounds, totalHits / (double) rounds,
                nanos[rounds / 2] / 1e6, nanos[rounds * 90 / 100] / 1e6, nanos[rounds * 99 / 100] / 1e6,
                nanos[rounds - 1] / 1e6);
    }

    /** A French query with one or two filters, like a community manager's. */
    private static SearchQuery query(Random random) {
        String narrative = random.nextBoolean() ? NARRATIVES[random.nextInt(NARRATIVES.length)] : null;
        String strategy = narrative == null ? STRATEGIES[random.nextInt(STRATEGIES.length)] : null;
        return new SearchQuery(QUERIES[random.nextInt(QUERIES.length)], "fr", narrative, strategy, null, null, null,
                random.nextInt(4) == 0 ? "x" : null, "published", false, null, 20);
    }

    private static TemplateVersion generated(int i, List<String> sentences, Random random) {
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        String narrative = NARRATIVES[random.nextInt(NARRATIVES.length)];
        TemplateContent content = new TemplateContent("Modèle " + i + " " + sentences.get(random.nextInt(
                sentences.size())).split(" ")[0], body.toString(), random.nextInt(10) < 8 ? "fr" : "en",
                List.of(narrative), STRATEGIES[random.nextInt(STRATEGIES.length)],
                random.nextBoolean() ? "state" : "civil-society", "factual", null,
                Map.of("x", body.substring(0, Math.min(200, body.length()))), List.of(), null, "Bench", null);
        TemplateVersion v = TemplateVersion.draft("bench-" + i, 1, content, null, Instant.EPOCH);
        v.id = (long) i;
        v.status = VersionStatus.PUBLISHED;
        return v;
    }
}
