package org.contrepoint.reply.api;

import org.contrepoint.reply.OutcomeForm;

/** An outcome sent to the API; counts are numbers here, checked by the same rules as the form. */
public record OutcomeInput(Integer repliesReceived, Integer reactions, Boolean postRemoved, Boolean accountSuspended,
        String referralResult, String assessment, String note) {

    OutcomeForm toForm() {
        return new OutcomeForm(repliesReceived == null ? null : repliesReceived.toString(),
                reactions == null ? null : reactions.toString(), Boolean.TRUE.equals(postRemoved),
                Boolean.TRUE.equals(accountSuspended), referralResult, assessment, note);
    }
}
