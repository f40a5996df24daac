package org.contrepoint.library.search;

/**
 * A search of the library: free text plus one value per filter (null = any). {@code status} is the version
 * status (published unless a reviewer asks otherwise); {@code fits} keeps templates whose text or variant fits
 * the given platform; {@code variant} those with a variant written for it.
 */
public record SearchQuery(String q, String language, String narrative, String strategy, String attribution,
        String tone, String variant, String fits, String status, boolean includeRetired, Long authorId, int limit) {

    public static SearchQuery published(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, "published", false, null, 100);
    }
}
