/**
 * Full-text search of the library with Lucene: per-language analysis (French with elision, folding and light
 * stemming; English; Arabic), documents and queries with exact-term filters, built in memory.
 */
package org.contrepoint.library.search;
