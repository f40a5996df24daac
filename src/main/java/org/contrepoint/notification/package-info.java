/**
 * Telling people what concerns them: in-app notifications with unread counts, each also sent by e-mail in the
 * recipient's language once the change that caused it is committed.
 */
package org.contrepoint.notification;
