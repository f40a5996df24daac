package org.contrepoint.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheet users, written as it goes (nothing is held but the current line): UTF-8 with a byte order
 * mark so that Excel keeps the accents, RFC 4180 quoting with CRLF line ends, and a leading quote mark on values a
 * spreadsheet would run as a formula (CSV injection), since exported cells often hold what people typed.
 */
public final class CsvWriter {

    /** Lets spreadsheet programs recognise UTF-8, so that accents survive opening the file. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Starts a file: the byte order mark, then the header line. */
    public static CsvWriter start(OutputStream stream, List<String> header) {
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        csv.raw(BYTE_ORDER_MARK);
        csv.row(header);
        return csv;
    }

    public CsvWriter row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return raw(line.append("\r\n").toString());
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvWriter raw(String text) {
        try {
            out.write(text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One quoted cell. Numbers pass through unquoted so that spreadsheets read them as numbers; a negative number is
     * not a formula, so only text starting with = + - @ tab or CR gets the guarding quote mark.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        return quoted(value);
    }

    /** A cell always quoted (text columns), with the formula guard. */
    public static String quoted(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
