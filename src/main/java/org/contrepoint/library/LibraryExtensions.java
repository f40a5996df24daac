package org.contrepoint.library;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Template helpers for library texts. */
@TemplateExtension
public class LibraryExtensions {

    /**
     * A plain text as paragraphs of lines, so pages can show its line breaks with {@code <p>} and {@code <br>}
     * while every piece stays escaped text (the content security policy forbids inline styles).
     */
    static List<List<String>> paragraphs(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String para : text.strip().split("\n\\s*\n")) {
            out.add(Arrays.asList(para.split("\n")));
        }
        return out;
    }
}
