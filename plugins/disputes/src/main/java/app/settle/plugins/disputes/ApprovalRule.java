package app.settle.plugins.disputes;

import app.settle.api.Role;
import app.settle.api.UserRef;
import java.math.BigDecimal;

/**
 * Who must approve an upheld resolution: one that takes more than the threshold off a balance waits for a
 * supervisor of the account's team, who is not the person who asked for it (four eyes).
 */
final class ApprovalRule {

    private ApprovalRule() {
    }

    static boolean needsApproval(BigDecimal amountOff, BigDecimal threshold) {
        return amountOff.compareTo(threshold) > 0;
    }

    /** Why this user may not approve or refuse the request, or null if they may. */
    static String refusal(UserRef user, String requestedBy, long accountTeamId) {
        if (user.role() != Role.SUPERVISOR) {
            return "Only a supervisor of the account's team approves resolutions above the approval threshold.";
        }
        if (!user.teamIds().contains(accountTeamId)) {
            return "Only a supervisor of the account's team approves this resolution.";
        }
        if (user.username().equals(requestedBy)) {
            return "You asked for this resolution, so another supervisor must approve it.";
        }
        return null;
    }
}
