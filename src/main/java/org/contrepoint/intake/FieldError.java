package org.contrepoint.intake;

/** One thing wrong with one field of one item (index null for a single post). */
public record FieldError(Integer index, String field, String detail) {
}
