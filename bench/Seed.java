import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Seeds a running Contrepoint through its own APIs, for bench/run.sh (bench/README.md). A single-file program:
 * {@code java bench/Seed.java ...}, no build, JDK only.
 *
 * <pre>
 * java bench/Seed.java posts     BASE_URL USER:PASSWORD COUNT FIRST   # intake API, batches of 1,000
 * java bench/Seed.java templates BASE_URL USER:PASSWORD COUNT         # admin bulk library import, batches of 1,000
 * </pre>
 *
 * Posts are numbered from FIRST (their platform ids are {@code bench-<n>}), so successive stages add new posts.
 * Every text is made up: words built from syllables plus a few hundred neutral French words, drawn with a Zipf-like
 * law (a few frequent words, a long tail); one post in ten re-shares one of 200 "campaign" texts, lightly edited, so
 * clusters form and grow from stage to stage. Templates use the same vocabulary, so suggestions find overlaps.
 *
 * Prints one line {@code SEED kind=... items=... seconds=... rate=... p50_ms=... p99_ms=...} on success; the rate
 * counts only the time spent waiting for the server (the next batch is generated between requests). Any answer
 * other than the expected one stops the program with a message and exit code 1.
 */
public class Seed {

    static final int BATCH = 1000;
    static final String[] PLATFORMS = { "x", "facebook", "instagram", "tiktok", "youtube", "telegram", "forum" };
    static final String[] NARRATIVES = { "victimhood", "caliphate-utopia", "religious-obligation",
            "heroism-adventure", "belonging", "brotherhood-romance", "martyrdom", "military-success",
            "conspiracy-west", "grooming-manipulation" };
    static final String[] STRATEGIES = { "facts", "testimony", "religious-voice", "consequences",
            "empathy-questions", "humour", "hypocrisy", "alternatives-help" };
    static final String[] TONES = { "factual", "empathetic", "questioning", "humorous", "solemn" };
    static final String[] SYLLABLES = ("ba be bi bo bu da de di do du fa fe fi fo la le li lo lu ma me mi mo mu na "
            + "ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo").split(" ");
    /** Neutral words of the subject, mixed into the vocabulary so that searches and suggestions find something. */
    static final String[] THEMES = ("famille voyage promesse fraternité avenir justice honneur communauté amitié "
            + "départ mariage frontière argent mensonge secret confiance parents école travail quartier jeunesse "
            + "solitude colère injustice religion prière mosquée imam savant verset hadith tradition histoire "
            + "témoignage retour prison procès condamnation victimes guerre réfugiés camps enfants femmes "
            + "manipulation embrigadement recruteur réseau vidéo message groupe appartenance héros aventure "
            + "sacrifice martyre paradis califat hijra obligation devoir loi droits discrimination respect "
            + "dignité espoir aide écoute association prévention signalement numéro soutien santé avenir "
            + "formation emploi sport musique théâtre solidarité bénévolat débat citoyenneté laïcité liberté "
            + "conscience doute question réponse vérité source rapport enquête chiffres faits preuve").split(" ");
    static final String[] OPENINGS = { "Avant de partager ce message, prenons le temps de regarder les faits.",
            "Ce que ce message ne dit pas, c'est ce que vivent ceux qui sont partis.",
            "Vous vous posez des questions, et c'est légitime : parlons-en.",
            "Derrière les belles promesses, il y a des témoignages publiés qui racontent autre chose.",
            "Personne ne devrait avoir à choisir entre sa foi et sa famille.",
            "On peut être en colère contre l'injustice sans suivre ceux qui l'exploitent.",
            "Les chiffres sont connus et sourcés : ils contredisent ce récit.",
            "Une promesse qui exige le secret et la rupture avec vos proches n'est pas une promesse." };
    static final String[] CLOSINGS = { "Besoin d'en parler ? Le numéro vert 0 800 005 696 est gratuit et anonyme.",
            "Pour en savoir plus : {{lien_ressource}}",
            "Si vous êtes inquiet pour un proche, vous n'êtes pas seul : 0 800 005 696.",
            "Un contenu illicite se signale sur internet-signalements.gouv.fr.",
            "Posez-vous la question : qui gagne à ce que vous partiez ?",
            "Vos proches comptent sur vous, ici." };
    static final String[] OPENINGS_EN = { "Before sharing this message, take a moment to look at the facts.",
            "What this post does not say is what happened to those who left.",
            "Asking questions is legitimate: let us talk about it." };
    static final String[] CLOSINGS_EN = { "Need to talk? Call 0 800 005 696, free and anonymous.",
            "More information: {{lien_ressource}}", "Ask yourself: who gains if you leave?" };
    static final String[] PUBLISHERS = { "Observatoire fictif de la prévention", "Centre d'études fictif",
            "Revue fictive des sciences sociales", "Institut fictif de recherche", "Association fictive de familles" };

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            fail("usage: java bench/Seed.java posts|templates BASE_URL USER:PASSWORD COUNT [FIRST]");
        }
        String kind = args[0];
        String base = args[1].replaceAll("/$", "");
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[2].getBytes(StandardCharsets.UTF_8));
        int count = Integer.parseInt(args[3]);
        long first = args.length > 4 ? Long.parseLong(args[4]) : 0;
        // The vocabulary and the campaigns are the same at every stage (fixed seed): clusters keep growing.
        Random fixed = new Random(42);
        String[] vocabulary = vocabulary(fixed, 3000);
        List<String> campaigns = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            campaigns.add(sentence(fixed, vocabulary, 30));
        }
        Random random = new Random(first * 31 + count + kind.hashCode());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        boolean posts = kind.equals("posts");
        if (!posts && !kind.equals("templates")) {
            fail("unknown kind " + kind + " (posts or templates)");
        }
        URI uri = URI.create(base + (posts ? "/api/v1/posts" : "/api/v1/library/import"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Long> times = new ArrayList<>();
        long waited = 0;
        long wallStart = System.nanoTime();
        for (long done = 0; done < count; done += BATCH) {
            int size = (int) Math.min(BATCH, count - done);
            String body = posts ? postBatch(random, vocabulary, campaigns, first + done, size, now)
                    : templateBatch(random, vocabulary, first + done, size);
            long t = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                fail(kind + " batch at " + (first + done) + ": no answer from " + uri + " (" + e + ")");
                return;
            }
            long spent = System.nanoTime() - t;
            int expected = posts ? 201 : 200;
            if (response.statusCode() != expected) {
                String text = response.body();
                fail(kind + " batch at " + (first + done) + ": " + uri + " answered " + response.statusCode()
                        + " (expected " + expected + "): " + text.substring(0, Math.min(600, text.length())));
            }
            waited += spent;
            times.add(spent);
            if (times.size() % 50 == 0) {
                System.err.printf("  %s: %d of %d sent, %.0f/s so far%n", kind, done + size, count,
                        (done + size) / (waited / 1e9));
            }
        }
        double seconds = waited / 1e9;
        times.sort(null);
        System.out.printf("SEED kind=%s items=%d seconds=%.2f wall_seconds=%.2f rate=%.0f p50_ms=%.0f p99_ms=%.0f%n",
                kind, count, seconds, (System.nanoTime() - wallStart) / 1e9, count / seconds,
                times.get(times.size() / 2) / 1e6, times.get((int) Math.ceil(times.size() * 0.99) - 1) / 1e6);
    }

    static void fail(String message) {
        System.err.println("Seed: " + message);
        System.exit(1);
    }

    // ------------------------------------------------------------------ posts

    static String postBatch(Random random, String[] vocabulary, List<String> campaigns, long first, int size,
            Instant now) {
        StringBuilder json = new StringBuilder(size * 400).append("{\"posts\":[");
        for (int i = 0; i < size; i++) {
            String text = random.nextInt(10) == 0
                    ? reshare(random, vocabulary, campaigns.get(random.nextInt(campaigns.size())))
                    : sentence(random, vocabulary, 15 + random.nextInt(30));
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"platform\":").append(str(PLATFORMS[random.nextInt(PLATFORMS.length)]))
                    .append(",\"platformId\":").append(str("bench-" + (first + i)))
                    .append(",\"text\":").append(str("[Exemple fictif] " + text))
                    .append(",\"authorHandle\":").append(str("@compte_fictif_" + random.nextInt(5000)))
                    .append(",\"postedAt\":").append(str(now.minusSeconds(3600 + random.nextInt(86_400 * 20)).toString()))
                    .append(",\"capturedAt\":").append(str(now.minusSeconds(random.nextInt(3000)).toString()))
                    .append(",\"metrics\":{\"followers\":").append(random.nextInt(100_000))
                    .append(",\"views\":").append(random.nextInt(1_000_000)).append('}')
                    .append(",\"narratives\":[").append(str(NARRATIVES[random.nextInt(NARRATIVES.length)]))
                    .append("]}");
        }
        return json.append("]}").toString();
    }

    // ------------------------------------------------------------------ templates

    static String templateBatch(Random random, String[] vocabulary, long first, int size) {
        StringBuilder json = new StringBuilder(size * 1500).append('[');
        for (int i = 0; i < size; i++) {
            long n = first + i;
            boolean english = random.nextInt(5) == 0;
            String strategy = STRATEGIES[random.nextInt(STRATEGIES.length)];
            String narrative = NARRATIVES[random.nextInt(NARRATIVES.length)];
            List<String> narratives = new ArrayList<>(List.of(narrative));
            if (random.nextInt(3) == 0) {
                String second = NARRATIVES[random.nextInt(NARRATIVES.length)];
                if (!second.equals(narrative)) {
                    narratives.add(second);
                }
            }
            String theme = THEMES[random.nextInt(THEMES.length)];
            String title = (english ? "Fictional template " : "Modèle fictif ") + n + " : " + theme + " et "
                    + THEMES[random.nextInt(THEMES.length)];
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"externalId\":").append(str("bench-tpl-" + n))
                    .append(",\"title\":").append(str(title))
                    .append(",\"text\":").append(str(templateBody(random, vocabulary, english, theme)))
                    .append(",\"language\":").append(str(english ? "en" : "fr"))
                    .append(",\"narratives\":[").append(String.join(",", narratives.stream().map(Seed::str).toList()))
                    .append("],\"strategy\":").append(str(strategy))
                    // The State stays neutral on religious texts: religious voices are civil society's.
                    .append(",\"attribution\":").append(str(strategy.equals("religious-voice") || random.nextBoolean()
                            ? "civil-society" : "state"))
                    .append(",\"tone\":").append(str(TONES[random.nextInt(TONES.length)])).append('}');
        }
        return json.append(']').toString();
    }

    /** Three or four paragraphs, 400 to 1,200 characters, ending with a fictional but sourced-looking reference. */
    static String templateBody(Random random, String[] vocabulary, boolean english, String theme) {
        StringBuilder body = new StringBuilder();
        body.append((english ? OPENINGS_EN : OPENINGS)[random.nextInt((english ? OPENINGS_EN : OPENINGS).length)]);
        body.append(' ').append(capitalise(theme)).append(" : ").append(sentence(random, vocabulary, 20 + random.nextInt(40)));
        body.append("\n\n").append(capitalise(sentence(random, vocabulary, 25 + random.nextInt(60))));
        body.append("\n\n").append((english ? CLOSINGS_EN : CLOSINGS)[random.nextInt((english ? CLOSINGS_EN : CLOSINGS).length)]);
        body.append("\n\nSource : « Rapport fictif n° ").append(100 + random.nextInt(900)).append(" sur ")
                .append(THEMES[random.nextInt(THEMES.length)]).append(" », ")
                .append(PUBLISHERS[random.nextInt(PUBLISHERS.length)]).append(", ").append(2015 + random.nextInt(10))
                .append('.');
        return body.toString();
    }

    // ------------------------------------------------------------------ text

    static String[] vocabulary(Random random, int size) {
        String[] words = new String[size];
        for (int w = 0; w < size; w++) {
            StringBuilder word = new StringBuilder();
            for (int k = 1 + random.nextInt(3); k >= 0; k--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[w] = word.toString();
        }
        // Real words spread over the ranks (one in twelve from rank 5), not all at the frequent head.
        List<String> themes = new ArrayList<>(Arrays.asList(THEMES));
        for (int t = 0; t < themes.size() && 5 + t * 12 < size; t++) {
            words[5 + t * 12] = themes.get(t);
        }
        return words;
    }

    /** Zipf-like word choice: a few frequent words, a long tail, as in real posts. */
    static String sentence(Random random, String[] vocabulary, int length) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            int rank = (int) Math.min(vocabulary.length - 1,
                    Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1);
            text.append(vocabulary[rank]).append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** A re-share: another link and mention, and one word in ten replaced. */
    static String reshare(Random random, String[] vocabulary, String campaign) {
        String[] words = campaign.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (random.nextInt(10) == 0) {
                words[w] = vocabulary[random.nextInt(vocabulary.length)];
            }
        }
        return String.join(" ", words) + " https://exemple.invalid/" + random.nextInt(100_000) + " @relais_"
                + random.nextInt(1000);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String str(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
