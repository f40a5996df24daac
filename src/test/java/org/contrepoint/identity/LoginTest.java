package org.contrepoint.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.TestPeople;
import org.contrepoint.web.ReferenceChanges;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Inject
    ReferenceChanges changes;

    @Inject
    Database db;

    @Inject
    TestPeople people;

    @Test
    void anonymousVisitorIsSentToTheFrenchSignInPageWithTheDemoAccounts() {
        Browserless visitor = Browserless.anonymous();
        visitor.get("/").then().statusCode(302).header("Location", "/login?next=%2F");
        visitor.get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"fr\""))
                .body(containsString("Se connecter à Contrepoint"))
                .body(containsString("Comptes de démonstration"))
                .body(containsString("<code>reviewer2</code>"))
                .body(containsString("Instance de démonstration"));
    }

    @Test
    void demoAccountSignsInAndLandsOnHomeWithNameAndRoles() {
        Browserless visitor = Browserless.anonymous();
        Response response = visitor.signIn("reviewer", "demo");
        response.then().statusCode(303).header("Location", equalTo(Browserless.url("/")));
        String setCookie = String.join("\n", response.headers().getValues("Set-Cookie"));
        assertTrue(setCookie.contains("contrepoint-session="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);

        visitor.get("/").then().statusCode(200)
                .body(containsString("Bonjour Claire Dubois (démo)"))
                .body(containsString("data-role=\"reviewer\""))
                .body(containsString("href=\"/approvals\""))
                .body(not(containsString("href=\"/admin\"")));
        assertTrue(db.count("select count(*) from audit_entry where action = 'login' and actor_name = 'reviewer'") > 0);
    }

    @Test
    void wrongPasswordIsRefusedAuditedAndOpensNoSession() {
        long sessions = db.count("select count(*) from web_session");
        long failures = db.count("select count(*) from audit_entry where action = 'login.failed'");
        Browserless visitor = Browserless.anonymous();
        visitor.signIn("manager2", "not-the-password").then().statusCode(401)
                .body(containsString("Identifiant ou mot de passe incorrect."))
                .body(containsString("value=\"manager2\""));
        assertEquals(sessions, db.count("select count(*) from web_session"));
        assertEquals(failures + 1, db.count("select count(*) from audit_entry where action = 'login.failed'"));
        assertEquals(null, visitor.cookie(Sessions.COOKIE));
    }

    @Test
    void unknownAccountGetsTheSameMessageAsAWrongPassword() {
        Browserless.anonymous().signIn("nobody-here", "demo").then().statusCode(401)
                .body(containsString("Identifiant ou mot de passe incorrect."));
    }

    @Test
    void emptyFieldsAreRefusedWithASpecificMessage() {
        Browserless visitor = Browserless.anonymous();
        visitor.get("/login");
        visitor.post("/login", Map.of("username", "", "password", "")).then().statusCode(400)
                .body(containsString("Saisissez votre identifiant et votre mot de passe."));
    }

    @Test
    void repeatedFailuresOnOneAccountAreThrottledEvenWithTheRightPassword() {
        people.ensure("throttled", List.of(Role.COMMUNITY_MANAGER_ID));
        Browserless visitor = Browserless.anonymous();
        for (int i = 0; i < 5; i++) {
            visitor.signIn("throttled", "wrong-" + i).then().statusCode(401);
        }
        visitor.signIn("throttled", "demo").then().statusCode(429)
                .body(containsString("Trop de tentatives de connexion"));
        assertTrue(db.count("select count(*) from audit_entry where action = 'login.throttled'") > 0);
    }

    @Test
    void disabledAccountCannotSignIn() {
        people.ensure("disabled-at-start", List.of(Role.COMMUNITY_MANAGER_ID));
        people.setEnabled("disabled-at-start", false);
        Browserless.anonymous().signIn("disabled-at-start", "demo").then().statusCode(401);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        people.ensure("soon-disabled", List.of(Role.COMMUNITY_MANAGER_ID));
        Browserless visitor = Browserless.signedInAs("soon-disabled");
        visitor.get("/queue").then().statusCode(200);
        people.setEnabled("soon-disabled", false);
        visitor.get("/queue").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void aSessionInUseIsRefreshedAndOneLeftIdleEnds() {
        people.ensure("idle-user", List.of(Role.COMMUNITY_MANAGER_ID));
        Browserless visitor = Browserless.signedInAs("idle-user");
        String row = " web_session where token_hash = '" + Tokens.sha256(visitor.cookie(Sessions.COOKIE)) + "'";
        // Time passes by moving the session back in the database; the application keeps the sessions it found for
        // a few seconds (a change behind its back shows once that lifetime is over), so it is told at once here.
        db.execute("update" + row.replace(" where", " set last_seen_at = last_seen_at - interval '5' minute where"));
        changes.written(WebSession.class);
        assertEquals(0, db.count("select count(*) from" + row + " and last_seen_at >= created_at"));
        visitor.get("/queue").then().statusCode(200);
        assertEquals(1, db.count("select count(*) from" + row + " and last_seen_at >= created_at"));
        db.execute("update" + row.replace(" where", " set last_seen_at = last_seen_at - interval '3' hour where"));
        changes.written(WebSession.class);
        visitor.get("/queue").then().statusCode(302).header("Location", containsString("/login"));
        assertEquals(0, db.count("select count(*) from" + row));
    }

    @Test
    void aBurstOfRequestsRefreshingOneSessionNeverRunsThePoolDry() throws Exception {
        people.ensure("burst-user", List.of(Role.COMMUNITY_MANAGER_ID));
        Browserless visitor = Browserless.signedInAs("burst-user");
        String cookie = visitor.cookie(Sessions.COOKIE);
        db.execute("update web_session set last_seen_at = last_seen_at - interval '5' minute where token_hash = '"
                + Tokens.sha256(cookie) + "'");
        int requests = 60; // three times the connection pool
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().redirects().follow(false).cookie(Sessions.COOKIE, cookie).get("/queue")
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logoutEndsTheSessionAndACopiedCookieIsWorthlessAfterwards() {
        Browserless visitor = Browserless.signedInAs("manager");
        String copied = visitor.cookie(Sessions.COOKIE);
        assertNotNull(copied);
        visitor.post("/logout", Map.of()).then().statusCode(303).header("Location", containsString("/login?loggedOut"));
        visitor.get("/login?loggedOut=1").then().body(containsString("Vous êtes déconnecté."));
        given().redirects().follow(false).cookie(Sessions.COOKIE, copied).get("/").then().statusCode(302)
                .header("Location", containsString("/login"));
        assertTrue(db.count("select count(*) from audit_entry where action = 'logout' and actor_name = 'manager'") > 0);
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            Browserless visitor = Browserless.anonymous();
            visitor.get("/login");
            visitor.post("/login", Map.of("username", "manager", "password", "demo", "next", next)).then()
                    .statusCode(303).header("Location", equalTo(Browserless.url("/")));
        }
        Browserless visitor = Browserless.anonymous();
        visitor.get("/login");
        visitor.post("/login", Map.of("username", "manager", "password", "demo", "next", "/queue?x=1")).then()
                .statusCode(303).header("Location", equalTo(Browserless.url("/queue?x=1")));
    }

    @Test
    void apiAcceptsHttpBasicWithTheSameAccountsAndRefusesBadOnes() {
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("monitor")).body("roles", hasItem("intake"));
        given().auth().preemptive().basic("monitor", "nope").get("/api/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        given().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void personWithoutRoleSeesOnlyTheHomePageWithAnExplanation() {
        people.ensure("norole", List.of());
        Browserless visitor = Browserless.signedInAs("norole");
        visitor.get("/").then().statusCode(200).body(containsString("Vous n’avez encore aucun rôle"))
                .body(not(containsString("href=\"/library\"")));
        visitor.get("/library").then().statusCode(403).body(containsString("Accès refusé"));
    }
}
