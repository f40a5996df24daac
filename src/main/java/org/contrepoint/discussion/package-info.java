/**
 * Comment threads with mentions of people by name, shared by every feature that discusses something (template
 * submissions, reply drafts): each feature keeps its own route and access check and describes what is discussed
 * as a {@link org.contrepoint.discussion.Subject}.
 */
package org.contrepoint.discussion;
