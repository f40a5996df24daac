/** The library's JSON API under /api/v1: search, read, propose, and the admin bulk import. */
package org.contrepoint.library.api;
