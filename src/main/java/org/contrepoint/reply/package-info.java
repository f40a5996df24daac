/**
 * Replies to posts: composed from a vetted template or freely, sent for sign-off, published by hand on the
 * platform, then followed by their outcomes, which feed each template's effectiveness.
 */
package org.contrepoint.reply;
