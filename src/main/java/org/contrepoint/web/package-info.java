/**
 * What every page shares: the layout and its context (user, menu, language, CSRF token), CSRF protection,
 * security headers, error pages, and the home page.
 */
package org.contrepoint.web;
