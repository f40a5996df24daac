/**
 * Journeys through the app in a real browser (Playwright driving the system Chromium), each page checked with
 * axe-core against WCAG 2.1 A and AA.
 */
package org.contrepoint.journeys;
