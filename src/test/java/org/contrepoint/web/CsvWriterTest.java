package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesTextKeepsNumbersAndDefusesFormulas() {
        assertEquals("42", CsvWriter.cell("42"));
        assertEquals("-3.5", CsvWriter.cell("-3.5"));
        assertEquals("\"Récit « fictif »\"", CsvWriter.cell("Récit « fictif »"));
        assertEquals("\"dit \"\"non\"\"\"", CsvWriter.cell("dit \"non\""));
        assertEquals("\"'=HYPERLINK(1)\"", CsvWriter.cell("=HYPERLINK(1)"));
        assertEquals("\"'+33 1\"", CsvWriter.cell("+33 1"));
        assertEquals("\"'-a\"", CsvWriter.cell("-a"));
        assertEquals("\"'@x\"", CsvWriter.cell("@x"));
        assertEquals("", CsvWriter.cell(null));
    }

    @Test
    void startsWithTheByteOrderMarkAndEndsLinesWithCrlf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.start(out, List.of("Étape", "n")).row(List.of("décision", "3")).flush();
        assertEquals("\uFEFF\"Étape\",\"n\"\r\n\"décision\",3\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
