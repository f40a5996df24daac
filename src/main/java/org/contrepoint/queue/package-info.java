/**
 * The queue of recruiter posts: triage (priority, due times), claiming, decisions, evidence and retention. Posts
 * enter through {@code org.contrepoint.intake}.
 */
package org.contrepoint.queue;
