/**
 * The counter-speech library: templates and their immutable versions, proposals and review, variables and
 * platform fit, the library as files (import and export), search, and the library's administration.
 */
package org.contrepoint.library;
