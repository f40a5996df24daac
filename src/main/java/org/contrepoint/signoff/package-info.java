/** Sign-off of reply drafts and template submissions: policies, approvals and the reviewer's inbox. */
package org.contrepoint.signoff;
