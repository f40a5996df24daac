/** The counter-speech library: vetted reply templates, their versions and their review. */
package org.contrepoint.library;
