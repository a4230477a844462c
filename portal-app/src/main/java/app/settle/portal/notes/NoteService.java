package app.settle.portal.notes;

import app.settle.api.AuditEntry;
import app.settle.api.CurrentUser;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.timeline.TimelineService;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free-text notes on an account. A note is part of the account's history: it is a timeline entry of kind
 * {@code NOTE}, never edited or deleted, and adding one writes an audit row.
 */
@Service
public class NoteService {

    public static final int MAX_LENGTH = 2000;
    private static final Set<Role> MAY_ADD = EnumSet.of(Role.COLLECTOR, Role.SUPERVISOR, Role.ADMIN);

    private final AccountScope scope;
    private final CurrentUser currentUser;
    private final TimelineService timeline;
    private final AuditTrail audit;

    NoteService(AccountScope scope, CurrentUser currentUser, TimelineService timeline, AuditTrail audit) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** Whether the signed-in user may add notes at all (the account's team is checked by {@link #add}). */
    public boolean mayAdd() {
        return currentUser.get().map(user -> MAY_ADD.contains(user.role())).orElse(false);
    }

    /** Adds a note to an account the user may see. */
    @Transactional
    public void add(long accountId, String text) {
        UserRef user = currentUser.require();
        if (!MAY_ADD.contains(user.role())) {
            throw new SecurityException("Your role may not add notes to accounts.");
        }
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new IllegalArgumentException("Write the note first: it is empty.");
        }
        if (note.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note is at most " + String.format("%,d", MAX_LENGTH)
                    + " characters; this one has " + String.format("%,d", note.length()) + ".");
        }
        scope.requireVisible(accountId);
        timeline.append(accountId, "NOTE", "Note", note, "host");
        audit.record(user.username(), "host", new AuditEntry("NOTE_ADDED", "account", Long.toString(accountId), null,
                "{\"length\":" + note.length() + "}"));
    }
}
