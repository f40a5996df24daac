/**
 * Template suggestions for a post: an in-memory snapshot of the suggestible templates built with the library's
 * analysers, the ranking with its reasons, the JSON API and the post page's section. See docs/suggestions.md.
 */
package org.contrepoint.reply.suggestion;
