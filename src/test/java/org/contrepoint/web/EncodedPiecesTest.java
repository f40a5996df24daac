package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.ValueResolvers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page written as bytes takes the bytes kept with a piece it outputs, and encodes everything else itself. */
class EncodedPiecesTest {

    private final Template page = Engine.builder().addDefaults().addValueResolver(ValueResolvers.rawResolver())
            .build().parse("<p>Échéance</p>{kept.raw}|{other.raw}");

    @Test
    void aKeptPieceIsWrittenFromItsBytesAndAnEqualStringIsEncodedAfresh() {
        String kept = new String("<td>Élevé</td>");
        String equalButNotKept = new String("<td>Élevé</td>");
        // Bytes that differ from the HTML on purpose: they show which of the two was written.
        KeptHtml.Piece piece = new KeptHtml.Piece(kept,
                "<td>from the kept bytes</td>".getBytes(StandardCharsets.UTF_8));
        var instance = page.data("kept", kept).data("other", equalButNotKept);
        byte[] written = WebResponseFilter.utf8(WebResponseFilter.withEncoded(instance, List.of(piece))).getBytes();
        assertEquals("<p>Échéance</p><td>from the kept bytes</td>|<td>Élevé</td>",
                new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void aPageWithoutKeptPiecesIsExactUtf8() {
        var instance = page.data("kept", "ü ’ 文").data("other", "");
        byte[] written = WebResponseFilter.utf8(instance).getBytes();
        assertEquals("<p>Échéance</p>ü ’ 文|", new String(written, StandardCharsets.UTF_8));
    }
}
