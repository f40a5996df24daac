/**
 * Who people are and how they sign in: accounts keyed on issuer + subject, the embedded (demo) sign-in with its
 * server-side sessions, OpenID Connect through Keycloak in production, and the roles each person holds.
 */
package org.contrepoint.identity;
