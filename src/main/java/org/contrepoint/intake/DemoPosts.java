package org.contrepoint.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.contrepoint.audit.Actor;
import org.contrepoint.queue.PostSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fictional example posts for the demo (contrepoint.demo-data=true): neutral descriptions of the kind of content
 * the team meets, never real propaganda, slogans, people or accounts. Fixed platform ids make seeding idempotent.
 */
@ApplicationScoped
public class DemoPosts {

    private static final Logger LOG = Logger.getLogger(DemoPosts.class);

    /** Narrative, risk, language and a neutral paraphrase. */
    private record Example(String narrative, String risk, String language, String text) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("victimhood", "medium", "fr", "[Exemple fictif] Message affirmant que les musulmans seraient persécutés partout en Europe et qu’il n’y aurait plus d’autre issue que la rupture avec la société."),
            new Example("caliphate-utopia", "medium", "fr", "[Exemple fictif] Publication décrivant une terre lointaine idéalisée où tout serait juste et gratuit, et invitant les jeunes à y partir."),
            new Example("religious-obligation", "high", "fr", "[Exemple fictif] Texte présentant le départ vers une zone de conflit comme un devoir religieux, en déformant des références religieuses."),
            new Example("heroism-adventure", "low", "fr", "[Exemple fictif] Montage décrit comme une bande-annonce de jeu vidéo qui présente le combat comme une aventure glorieuse."),
            new Example("belonging", "medium", "fr", "[Exemple fictif] Message privé type adressé à une personne isolée : « ici tu auras enfin une vraie famille de frères »."),
            new Example("brotherhood-romance", "medium", "fr", "[Exemple fictif] Publication promettant mariage et vie de famille heureuse à celles qui rejoindraient le groupe."),
            new Example("martyrdom", "critical", "fr", "[Exemple fictif] Message glorifiant la mort au combat comme une récompense, accompagné d’une image retouchée."),
            new Example("military-success", "low", "en", "[Fictional example] Post claiming a string of military victories that would prove the group can never be defeated."),
            new Example("conspiracy-west", "medium", "en", "[Fictional example] Thread saying that schools and institutions are part of a plot against Muslims and should be rejected."),
            new Example("grooming-manipulation", "high", "fr", "[Exemple fictif] Conseils pour garder une conversation secrète vis-à-vis des parents et couper les liens avec ses amis."),
            new Example("victimhood", "medium", "ar", "[مثال خيالي] منشور يزعم أن المسلمين مضطهدون في كل مكان ولا حل إلا القطيعة مع المجتمع."),
            new Example("belonging", "low", "en", "[Fictional example] Post telling lonely young people that only the group truly understands them."));

    @ConfigProperty(name = "contrepoint.demo-data")
    boolean demoData;

    @Inject
    IntakeService intake;

    @Inject
    PostInputReader reader;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) {
        if (demoData) {
            seed();
        }
    }

    public void seed() {
        String[] platforms = { "x", "facebook", "instagram", "tiktok", "youtube", "telegram", "forum", "other" };
        Instant now = clock.instant();
        List<PostInputReader.Item> items = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (int e = 0; e < EXAMPLES.size(); e++) {
                Example example = EXAMPLES.get(e);
                // Examples 0, 4 and 6 come back from several accounts (a cluster); the others get their own wording.
                boolean campaign = e == 0 || e == 4 || e == 6;
                if (round > 0 && !campaign && (e + round) % 2 == 0) {
                    continue;
                }
                n++;
                ObjectNode item = mapper.createObjectNode();
                item.put("platform", platforms[(e + round) % platforms.length]);
                item.put("platformId", "demo-" + round + "-" + e);
                item.put("url", "https://exemple.invalid/publication/demo-" + round + "-" + e);
                item.put("authorHandle", "@compte_fictif_" + (10 + n));
                item.put("authorName", "Compte fictif " + (10 + n));
                item.put("text", campaign || round == 0 ? example.text() + (round > 0 ? " https://exemple.invalid/lien" + round : "")
                        : example.text().replace("]", "] (variante " + round + ")"));
                item.put("language", example.language());
                item.put("risk", example.risk());
                item.put("postedAt", now.minus(Duration.ofHours(2L + 7L * n % 90)).toString());
                item.put("capturedAt", now.minus(Duration.ofMinutes(30L + n)).toString());
                ObjectNode metrics = item.putObject("metrics");
                metrics.put("followers", (n * 7919L) % 20_000);
                metrics.put("views", (n * 104_729L) % 150_000);
                metrics.put("shares", (n * 31L) % 400);
                metrics.put("reactions", (n * 97L) % 2_000);
                item.putArray("narratives").add(example.narrative());
                items.add(reader.read(items.size(), item, intake.enabledPlatforms(), intake.narrativeCodes()));
            }
        }
        List<PostInputReader.Item> valid = items.stream().filter(PostInputReader.Item::valid).toList();
        List<IntakeService.Outcome> outcomes = intake.ingestAs(Actor.system(), valid, PostSource.DEMO, "démo");
        long created = outcomes.stream().filter(IntakeService.Outcome::created).count();
        if (created > 0) {
            LOG.infof("Demo queue: %d fictional posts created", created);
        }
    }
}
