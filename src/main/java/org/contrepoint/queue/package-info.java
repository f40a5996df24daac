/** The queue of recruiter posts to consider: triage, claiming and decisions. */
package org.contrepoint.queue;
