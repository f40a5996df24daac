/**
 * How posts enter the queue: the JSON API for monitoring tools, CSV/JSON imports, the manual form, all through
 * {@link org.contrepoint.intake.IntakeService} (validation, idempotence, language, priority, clusters).
 */
package org.contrepoint.intake;
