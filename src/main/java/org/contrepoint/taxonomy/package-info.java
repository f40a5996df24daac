/**
 * The shared vocabulary of the library and the queue: recruiter narratives and reply strategies (seeded,
 * admin-editable), and the platforms with their length rules.
 */
package org.contrepoint.taxonomy;
