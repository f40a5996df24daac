package org.contrepoint.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Result of walking the audit chain: how many entries were checked and the first broken one, if any. */
public record ChainVerification(long checked, Long firstBrokenSeq, String problem) {

    @JsonProperty("intact")
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
