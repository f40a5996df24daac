package org.contrepoint.queue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.contrepoint.identity.Role;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.QueueSamples;
import org.contrepoint.support.TestPeople;
import org.contrepoint.taxonomy.Narrative;
import org.junit.jupiter.api.Test;

/** The queue's choices are kept between pages, yet a change made here shows on the very next page. */
@QuarkusTest
class QueueChoicesTest {

    @Inject
    TestPeople people;

    @Inject
    QueueSamples samples;

    @Test
    void aManagerDisabledOrEnabledLeavesOrJoinsTheAssignListAtOnce() {
        people.ensure("choice-manager", List.of(Role.COMMUNITY_MANAGER_ID));
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/queue").then().statusCode(200).body(containsString(">Test choice-manager</option>"));
        people.setEnabled("choice-manager", false);
        admin.get("/queue").then().statusCode(200).body(not(containsString("Test choice-manager")));
        people.setEnabled("choice-manager", true);
        admin.get("/queue").then().statusCode(200).body(containsString(">Test choice-manager</option>"));
    }

    @Test
    void theFilterFormShowsEachRequestsOwnChoicesAndTheBulkActionsOnlyToThoseWhoWork() {
        samples.post("Publication pour le formulaire de filtres " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue?risk=high&sort=due&overdue=1").then().statusCode(200)
                .body(containsString("<option value=\"high\" selected>"))
                .body(containsString("<option value=\"due\" selected>"))
                .body(containsString("name=\"overdue\" value=\"1\" checked>"));
        manager.get("/queue?status=all").then().statusCode(200)
                .body(not(containsString("<option value=\"high\" selected>")))
                .body(containsString("<option value=\"priority\" selected>"))
                .body(not(containsString("value=\"1\" checked>")))
                .body(containsString("id=\"b-action\""));
        Browserless.signedInAs("reviewer").get("/queue?status=all").then().statusCode(200)
                .body(not(containsString("id=\"b-action\"")));
    }

    @Test
    void aRenamedNarrativeShowsInTheFiltersAtOnceAndARolledBackRenameNever() {
        Browserless manager = Browserless.signedInAs("manager");
        String before = QuarkusTransaction.requiringNew().call(() -> Narrative.<Narrative>findById("victimhood").labelFr);
        manager.get("/queue").then().statusCode(200).body(containsString(">" + before + "</option>"));
        try {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                Narrative.<Narrative>findById("victimhood").labelFr = "Victimisation (nom d'essai)";
                Narrative.flush();
                throw new IllegalStateException("the rename is rolled back");
            }));
            manager.get("/queue").then().body(containsString(">" + before + "</option>"));
            QuarkusTransaction.requiringNew()
                    .run(() -> Narrative.<Narrative>findById("victimhood").labelFr = "Victimisation renommée");
            manager.get("/queue").then().body(containsString(">Victimisation renommée</option>"))
                    .body(not(containsString(">" + before + "</option>")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Narrative.<Narrative>findById("victimhood").labelFr = before);
        }
        manager.get("/queue").then().body(containsString(">" + before + "</option>"));
    }
}
