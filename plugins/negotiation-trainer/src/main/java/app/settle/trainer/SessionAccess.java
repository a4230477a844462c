package app.settle.trainer;

import app.settle.api.Role;
import app.settle.api.UserRef;
import java.util.Collections;
import java.util.Set;

/**
 * Who may see or take part in a practised call. A trainee sees their own calls. A trainer sees the live sessions
 * they ran and the calls of trainees in their teams; a trainer in no team trains every team (the demo trainer is
 * one) and sees every trainee's calls. Nobody else sees training results.
 */
final class SessionAccess {

    private SessionAccess() {
    }

    static boolean canView(UserRef user, StoredSession session) {
        if (user.hasRole(Role.TRAINEE)) {
            return session.traineeId() != null && session.traineeId() == user.id();
        }
        if (user.hasRole(Role.TRAINER)) {
            return (session.trainerId() != null && session.trainerId() == user.id()) || trainsTeams(user, session.traineeTeams());
        }
        return false;
    }

    /** May this trainer's live session be joined by a trainee of these teams? */
    static boolean trainsTeams(UserRef trainer, Set<Long> traineeTeams) {
        return trainer.hasRole(Role.TRAINER)
                && (trainer.teamIds().isEmpty() || !Collections.disjoint(trainer.teamIds(), traineeTeams));
    }
}
