package org.contrepoint.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditExportTest {

    @Inject
    AuditLog audit;

    @Inject
    Database db;

    @Test
    void csvExportIsUtf8WithBomAndParsesBackToTheSameEntries() {
        QuarkusTransaction.requiringNew().run(() -> {
            audit.recordAs(Actor.anonymous("Élodie \"la\" Ñ"), "export.test", "thing", "7", "virgule, guillemet \" et é");
            audit.recordAs(Actor.system(), "export.test", "thing", "8", "=HYPERLINK(\"http://evil\")");
        });
        Browserless admin = Browserless.signedInAs("admin");
        Response response = admin.get("/admin/audit/export.csv?action=export.test");
        response.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"));
        byte[] bytes = response.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parseCsv(text);
        assertEquals(AuditExport.COLUMNS, rows.get(0));
        assertEquals(db.count("select count(*) from audit_entry where action = 'export.test'"), rows.size() - 1);
        List<String> first = rows.get(rows.size() - 2);
        assertEquals("anonymous:Élodie \"la\" Ñ", first.get(3));
        assertEquals("virgule, guillemet \" et é", first.get(8));
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(rows.size() - 1).get(8), "formulas are defused");
        assertEquals(db.string("select hash from audit_entry where seq = " + first.get(0)), first.get(12));
    }

    @Test
    void jsonLinesExportHasOneEntryPerLineInChainOrder() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> audit.recordAs(Actor.system(), "export.jsonl", "thing", "1", "é"));
        String body = Browserless.signedInAs("admin").get("/admin/audit/export.jsonl?action=export.jsonl").asString();
        ObjectMapper mapper = new ObjectMapper();
        long previous = 0;
        int lines = 0;
        for (String line : body.split("\n")) {
            JsonNode node = mapper.readTree(line);
            assertEquals("export.jsonl", node.get("action").asText());
            assertTrue(node.get("seq").asLong() > previous);
            previous = node.get("seq").asLong();
            lines++;
        }
        assertEquals(db.count("select count(*) from audit_entry where action = 'export.jsonl'"), lines);
    }

    @Test
    void exportingIsItselfRecorded() {
        long before = db.count("select count(*) from audit_entry where action = 'audit.exported'");
        Browserless.signedInAs("admin").get("/admin/audit/export.csv?action=export.test&objectType=thing")
                .then().statusCode(200);
        assertEquals(before + 1, db.count("select count(*) from audit_entry where action = 'audit.exported'"));
        assertEquals("format=csv&action=export.test&objectType=thing", db.string(
                "select detail from audit_entry where action = 'audit.exported' order by seq desc limit 1"),
                "the entry says which entries left");
    }

    @Test
    void theNextPageKeepsTheFilters() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < AuditSearch.PAGE_SIZE + 1; i++) {
                audit.recordAs(Actor.system(), "paging.test", "thing", String.valueOf(i), "page");
            }
        });
        long fiftiethNewest = db.count("select min(seq) from (select seq from audit_entry where action = 'paging.test'"
                + " order by seq desc limit " + AuditSearch.PAGE_SIZE + ") newest");
        Browserless.signedInAs("admin").get("/admin/audit?action=paging.test").then().statusCode(200)
                .body(containsString("href=\"/admin/audit?before=" + fiftiethNewest + "&amp;action=paging.test\""));
    }

    @Test
    void operationsCanVerifyTheChainThroughTheApi() {
        given().auth().preemptive().basic("admin", "demo").get("/api/v1/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBrokenSeq", equalTo(null));
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/audit/verification").then().statusCode(403);
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
