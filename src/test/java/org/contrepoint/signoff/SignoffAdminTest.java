package org.contrepoint.signoff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.reply.ReplyStatus;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.ReplySamples;
import org.contrepoint.support.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sign-off administration through its pages: the policy per risk level and the reason codes. */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class SignoffAdminTest {

    @Inject
    ReplySamples samples;
    @Inject
    Database db;

    /** Other test classes rely on the seeded policy: put it back whatever a test did. */
    @AfterEach
    void restoreTheSeededPolicy() {
        db.execute("update signoff_policy set approvals = 1, verbatim_approvals = 1, verbatim_max_departure = 10,"
                + " version = version + 1 where risk_level in ('LOW', 'MEDIUM')",
                "update signoff_policy set approvals = 2, verbatim_approvals = 1, verbatim_max_departure = 10,"
                        + " version = version + 1 where risk_level = 'HIGH'",
                "update signoff_policy set approvals = 2, verbatim_approvals = 2, verbatim_max_departure = 0,"
                        + " version = version + 1 where risk_level = 'CRITICAL'");
    }

    @Test
    void thePageExplainsWhenAChangeAppliesAndThatAuthorsNeverApprove() {
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin").then().statusCode(200).body(containsString("href=\"/admin/signoff\""));
        admin.get("/admin/signoff").then().statusCode(200)
                .body(containsString("réponses soumises après son enregistrement"))
                .body(containsString("administrateurs compris"))
                .body(containsString("name=\"approvals-HIGH\""))
                .body(containsString("<code>inexact</code>"));
        admin.request().cookie(org.contrepoint.web.Languages.COOKIE, "en").get("/admin/signoff").then().statusCode(200)
                .body(containsString("Sign-off policy and reasons")).body(containsString("admins included"));
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/admin/signoff").then().statusCode(403);
        Map<String, String> form = currentForm();
        form.put("approvals-HIGH", "1");
        reviewer.post("/admin/signoff", form).then().statusCode(403);
        assertEquals(2, db.count("select approvals from signoff_policy where risk_level = 'HIGH'"));
    }

    @Test
    void aPolicyChangeAppliesToRepliesSubmittedAfterwardsOnly() {
        long before = submittedHighRiskFreeText();
        assertEquals(2, SignoffFlowTest.reply(before).requiredApprovals);
        long audits = audits("signoff.policy", "high");

        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/signoff");
        Map<String, String> form = currentForm();
        form.put("approvals-HIGH", "3");
        admin.post("/admin/signoff", form).then().statusCode(303);
        admin.get("/admin/signoff?done=policy&changed=1").then().body(containsString("1 niveau(x) de risque modifié(s)"));
        assertEquals(3, db.count("select approvals from signoff_policy where risk_level = 'HIGH'"));
        assertEquals(audits + 1, audits("signoff.policy", "high"));
        String detail = db.string("select detail from audit_entry where action = 'signoff.policy' and object_id = 'high'"
                + " order by seq desc limit 1");
        assertTrue(detail.contains("avant high: 2 (") && detail.contains("après high: 3 ("), detail);
        assertEquals(0, audits("signoff.policy", "low"), "an unchanged row is not audited");

        long after = submittedHighRiskFreeText();
        assertEquals(3, SignoffFlowTest.reply(after).requiredApprovals, "submitted after the change");
        assertEquals(2, SignoffFlowTest.reply(before).requiredApprovals, "fixed at its submission");
    }

    @Test
    void invalidValuesAreRefusedNextToTheirFieldAndNothingIsWritten() {
        long audits = db.count("select count(*) from audit_entry where action = 'signoff.policy'");
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/signoff");
        Map<String, String> form = currentForm();
        form.put("approvals-HIGH", "9");
        form.put("approvals-MEDIUM", "1");
        form.put("verbatim-MEDIUM", "2");
        form.put("departure-LOW", "150");
        form.put("approvals-CRITICAL", "deux");
        form.put("approvals-LOW", "4");
        admin.post("/admin/signoff", form).then().statusCode(422)
                .body(containsString("La politique n’a pas été enregistrée"))
                .body(containsString("id=\"approvals-HIGH-error\""))
                .body(containsString("Indiquez un nombre entier de 1 à 5."))
                .body(containsString("id=\"verbatim-MEDIUM-error\""))
                .body(containsString("ne peut pas dépasser le nombre d’approbations requises"))
                .body(containsString("id=\"departure-LOW-error\""))
                .body(containsString("Indiquez un pourcentage entier de 0 à 100."))
                .body(containsString("id=\"approvals-CRITICAL-error\""))
                .body(containsString("value=\"150\"")).body(containsString("value=\"deux\""));
        assertEquals(2, db.count("select approvals from signoff_policy where risk_level = 'HIGH'"));
        assertEquals(1, db.count("select approvals from signoff_policy where risk_level = 'LOW'"),
                "the valid row is not saved either");
        assertEquals(audits, db.count("select count(*) from audit_entry where action = 'signoff.policy'"));
    }

    @Test
    void aStaleFormIsRefusedWithWhatWasTypedKept() {
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/signoff");
        Map<String, String> stale = currentForm();
        Map<String, String> first = new HashMap<>(stale);
        first.put("approvals-HIGH", "3");
        admin.post("/admin/signoff", first).then().statusCode(303);

        admin.get("/admin/signoff");
        stale.put("approvals-HIGH", "4");
        stale.put("departure-HIGH", "17");
        admin.post("/admin/signoff", stale).then().statusCode(409)
                .body(containsString("modifiée par quelqu’un d’autre")).body(containsString("value=\"17\""));
        assertEquals(3, db.count("select approvals from signoff_policy where risk_level = 'HIGH'"));
        assertEquals(10, db.count("select verbatim_max_departure from signoff_policy where risk_level = 'HIGH'"));
    }

    @Test
    void aReasonCodeIsAddedOfferedRetiredRefusedAndReactivatedButNeverDeleted() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/signoff");
        admin.post("/admin/signoff/reasons", Map.of("code", code, "labelFr", "Motif de test", "labelEn", "Test reason"))
                .then().statusCode(303);
        admin.get("/admin/signoff?done=added&code=" + code).then().body(containsString("Motif « " + code + " » ajouté."))
                .body(containsString("<code>" + code + "</code>"));
        assertEquals(1, db.count("select count(*) from signoff_reason where code = '" + code + "' and active = true"
                + " and position > 7"));

        long reply = submittedHighRiskFreeText();
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/replies/" + reply).then().body(containsString("value=\"" + code + "\""));

        admin.get("/admin/signoff");
        admin.post("/admin/signoff/reasons/" + code + "/retire", Map.of("version", reasonVersion(code)))
                .then().statusCode(303);
        assertEquals(1, db.count("select count(*) from signoff_reason where code = '" + code + "' and active = false"));
        reviewer.get("/replies/" + reply).then().body(not(containsString("value=\"" + code + "\"")));
        reviewer.post("/approvals/" + reply + "/decision", Map.of("decision", "request-changes", "reason", code,
                "comment", "Motif retiré entre-temps.", "version", SignoffFlowTest.version(reply)))
                .then().statusCode(409).body(containsString("Choisissez un motif"));
        assertEquals(ReplyStatus.SUBMITTED, SignoffFlowTest.status(reply));

        admin.get("/admin/signoff");
        admin.post("/admin/signoff/reasons/" + code + "/reactivate", Map.of("version", reasonVersion(code)))
                .then().statusCode(303);
        reviewer.get("/replies/" + reply).then().body(containsString("value=\"" + code + "\""));
        assertEquals(3, db.count("select count(*) from audit_entry where action = 'signoff.reason' and object_id = '"
                + code + "'"), "added, retired, reactivated");
    }

    @Test
    void aReasonCodeMustBeWellFormedAndUniqueWithItsLabels() {
        long before = db.count("select count(*) from signoff_reason");
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/signoff");
        admin.post("/admin/signoff/reasons", Map.of("code", "Source Absente", "labelFr", "", "labelEn", "Missing"))
                .then().statusCode(422).body(containsString("lettres minuscules sans accent, des chiffres et des tirets"))
                .body(containsString("Ce libellé est obligatoire.")).body(containsString("value=\"Source Absente\""));
        admin.post("/admin/signoff/reasons", Map.of("code", "inexact", "labelFr", "Doublon", "labelEn", "Duplicate"))
                .then().statusCode(422).body(containsString("Ce code existe déjà"));
        admin.post("/admin/signoff/reasons", Map.of("code", "-x", "labelFr", "Tiret", "labelEn", "Hyphen",
                "position", "0")).then().statusCode(422).body(containsString("de 1 à 999"));
        assertEquals(before, db.count("select count(*) from signoff_reason"));
    }

    @Test
    void aReasonsLabelsAreEditedAndAStaleEditIsRefused() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/signoff");
        admin.post("/admin/signoff/reasons", Map.of("code", code, "labelFr", "Avant", "labelEn", "Before"))
                .then().statusCode(303);
        String version = reasonVersion(code);
        admin.get("/admin/signoff/reasons/" + code).then().statusCode(200).body(containsString("value=\"Avant\""));
        admin.post("/admin/signoff/reasons/" + code, Map.of("labelFr", "", "labelEn", "After", "version", version))
                .then().statusCode(422).body(containsString("Ce libellé est obligatoire."));
        admin.post("/admin/signoff/reasons/" + code, Map.of("labelFr", "Après", "labelEn", "After", "position", "42",
                "version", version)).then().statusCode(303);
        assertEquals("Après", db.string("select label_fr from signoff_reason where code = '" + code + "'"));
        assertEquals(42, db.count("select position from signoff_reason where code = '" + code + "'"));
        admin.get("/admin/signoff/reasons/" + code);
        admin.post("/admin/signoff/reasons/" + code, Map.of("labelFr", "Depuis un vieil onglet", "labelEn", "Old tab",
                "version", version)).then().statusCode(409).body(containsString("modifié par quelqu’un d’autre"))
                .body(containsString("Depuis un vieil onglet"));
        assertEquals("Après", db.string("select label_fr from signoff_reason where code = '" + code + "'"));
        admin.get("/admin/signoff/reasons/pas-de-tel-code").then().statusCode(404);
    }

    private long audits(String action, String objectId) {
        return db.count("select count(*) from audit_entry where action = '" + action + "' and object_id = '"
                + objectId + "'");
    }

    private String reasonVersion(String code) {
        return String.valueOf(db.count("select version from signoff_reason where code = '" + code + "'"));
    }

    /** The policy form as the page would send it now. */
    private Map<String, String> currentForm() {
        Map<String, String> form = new HashMap<>();
        for (RiskLevel risk : RiskLevel.values()) {
            String where = " from signoff_policy where risk_level = '" + risk.name() + "'";
            form.put("approvals-" + risk.name(), String.valueOf(db.count("select approvals" + where)));
            form.put("verbatim-" + risk.name(), String.valueOf(db.count("select verbatim_approvals" + where)));
            form.put("departure-" + risk.name(), String.valueOf(db.count("select verbatim_max_departure" + where)));
            form.put("version-" + risk.name(), String.valueOf(db.count("select version" + where)));
        }
        return form;
    }

    /** A free-text reply to a high-risk post, composed and submitted by the manager through the pages. */
    private long submittedHighRiskFreeText() {
        long post = samples.answerablePost("manager", RiskLevel.HIGH);
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + post + "/replies/new");
        String location = manager.post("/queue/posts/" + post + "/replies", Map.of("text",
                "Réponse libre à une publication à risque élevé : les faits, sources à l’appui.", "version", "0"))
                .then().statusCode(303).extract().header("Location");
        long reply = Long.parseLong(location.replaceAll(".*/replies/(\\d+).*", "$1"));
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", SignoffFlowTest.version(reply)))
                .then().statusCode(303);
        return reply;
    }
}
