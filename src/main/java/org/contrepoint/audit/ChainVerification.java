package org.contrepoint.audit;

/** Result of walking the audit chain: how many entries were checked and the first broken one, if any. */
public record ChainVerification(long checked, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
