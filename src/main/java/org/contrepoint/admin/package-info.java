/** Administration: settings and the entry point to the audit log. */
package org.contrepoint.admin;
