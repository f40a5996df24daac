/** Team figures: backlog, delays, replies, referrals and template effectiveness. */
package org.contrepoint.dashboard;
