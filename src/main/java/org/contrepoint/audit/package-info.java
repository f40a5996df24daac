/**
 * The append-only, hash-chained audit log that every state change goes through: who, with which roles, when,
 * what, and the fingerprints before and after; plus the routine that verifies the chain.
 */
package org.contrepoint.audit;
