package org.contrepoint.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.contrepoint.web.CsvWriter;

/**
 * Writes a selection of the audit log as CSV or JSON lines, in chain order, reading a thousand entries at a time
 * so that memory stays flat however long the log is. Every field is exported, hashes included, so that the
 * chain can be checked again outside Contrepoint.
 */
@ApplicationScoped
public class AuditExport {

    public enum Format { CSV, JSON_LINES }

    static final int CHUNK = 1000;
    static final String BYTE_ORDER_MARK = CsvWriter.BYTE_ORDER_MARK;
    static final List<String> COLUMNS = List.of("seq", "occurred_at", "actor_id", "actor_name", "actor_roles", "action",
            "object_type", "object_id", "detail", "fingerprint_before", "fingerprint_after", "previous_hash", "hash");

    @Inject
    ObjectMapper json;

    public void write(AuditSearch search, Format format, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (format == Format.CSV) {
                writer.write(BYTE_ORDER_MARK);
                writer.write(String.join(",", COLUMNS));
                writer.write("\r\n");
            }
            long cursor = 0;
            while (true) {
                long after = cursor;
                List<AuditEntry> chunk = QuarkusTransaction.requiringNew().call(() -> search.chunkAfter(after, CHUNK));
                for (AuditEntry entry : chunk) {
                    writer.write(format == Format.CSV ? csvLine(entry) : jsonLine(entry));
                }
                writer.flush();
                if (chunk.size() < CHUNK) {
                    break;
                }
                cursor = chunk.get(chunk.size() - 1).seq;
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jsonLine(AuditEntry e) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.put("seq", e.seq);
        node.put("occurred_at", e.occurredAt.toString());
        if (e.actorId == null) {
            node.putNull("actor_id");
        } else {
            node.put("actor_id", e.actorId);
        }
        node.put("actor_name", e.actorName);
        node.put("actor_roles", e.actorRoles);
        node.put("action", e.action);
        node.put("object_type", e.objectType);
        node.put("object_id", e.objectId);
        node.put("detail", e.detail);
        node.put("fingerprint_before", e.fingerprintBefore);
        node.put("fingerprint_after", e.fingerprintAfter);
        node.put("previous_hash", e.previousHash);
        node.put("hash", e.hash);
        return json.writeValueAsString(node) + "\n";
    }

    private static String csvLine(AuditEntry e) {
        return String.join(",", List.of(String.valueOf(e.seq), e.occurredAt.toString(),
                e.actorId == null ? "" : String.valueOf(e.actorId), csv(e.actorName), csv(e.actorRoles), csv(e.action),
                csv(e.objectType), csv(e.objectId), csv(e.detail), csv(e.fingerprintBefore),
                csv(e.fingerprintAfter), e.previousHash, e.hash)) + "\r\n";
    }

    /** The audit log holds names people typed: quoted and guarded against formulas (see {@link CsvWriter}). */
    static String csv(String value) {
        return CsvWriter.quoted(value);
    }
}
