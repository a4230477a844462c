package app.settle.portal.workspace;

import app.settle.api.CurrentUser;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.core.TimelineItem;
import app.settle.portal.accounts.AccountDetails;
import app.settle.portal.accounts.AccountQueries;
import app.settle.portal.assignment.AssignmentService;
import app.settle.portal.contacts.ContactLogService;
import app.settle.portal.debtors.DebtorFlagsService;
import app.settle.portal.holds.HoldService;
import app.settle.portal.notes.NoteService;
import app.settle.portal.shell.DisplayTime;
import app.settle.portal.timeline.TimelineService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One account at a glance: the debtor and how to reach them now, balances and age, holds, flags, the timeline
 * newest first, and the panels plugins add. Accounts outside the user's teams look exactly like accounts that
 * do not exist.
 */
@Route("accounts/:accountId([0-9]{1,18})")
@RolesAllowed({"COLLECTOR", "SUPERVISOR", "ADMIN", "TRAINEE"})
public class AccountWorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int TIMELINE_ENTRIES = 50;

    private final AccountQueries accounts;
    private final TimelineService timeline;
    private final HoldService holds;
    private final CurrentUser currentUser;
    private final DisplayTime display;
    private final Clock clock;
    private final ContactActions contactActions;
    private final FlagsEditor flagsEditor;
    private final HoldsList holdsList;
    private final AssignmentEditor assignmentEditor;
    private final NoteForm noteForm;
    private final AssignmentService assignment;
    private final NoteService notes;
    private final List<WorkspacePanels> panelSources;
    private String title = "Account";
    private long accountId;

    public AccountWorkspaceView(AccountQueries accounts, TimelineService timeline, HoldService holds,
                                ComplianceGuard guard, ContactLogService contacts, DebtorFlagsService flags,
                                AssignmentService assignment, NoteService notes, CurrentUser currentUser,
                                DisplayTime display, Clock clock, List<WorkspacePanels> panelSources) {
        this.accounts = accounts;
        this.timeline = timeline;
        this.holds = holds;
        this.currentUser = currentUser;
        this.display = display;
        this.clock = clock;
        this.panelSources = panelSources;
        this.contactActions = new ContactActions(guard, contacts, display, clock);
        this.flagsEditor = new FlagsEditor(flags);
        this.holdsList = new HoldsList(holds, display);
        this.assignment = assignment;
        this.notes = notes;
        this.assignmentEditor = new AssignmentEditor(assignment);
        this.noteForm = new NoteForm(notes);
        addClassName("settle-workspace");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        accountId = event.getRouteParameters().getLong("accountId").orElse(-1L);
        if (!render()) {
            event.rerouteToError(NotFoundException.class, "Account not found among the accounts you may see.");
        }
    }

    private boolean render() {
        Optional<AccountDetails> found = accounts.find(accountId);
        if (found.isEmpty()) {
            return false;
        }
        AccountDetails account = found.get();
        UserRef user = currentUser.require();
        boolean canEditFlags = user.role() == Role.COLLECTOR || user.role() == Role.SUPERVISOR
                || user.role() == Role.ADMIN;
        boolean canManageHolds = user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
        title = account.debtor().displayName() + " · " + account.externalRef();
        removeAll();
        add(header(account), figures(account));
        Div columns = new Div();
        columns.addClassName("settle-workspace-columns");
        Div left = new Div(Cards.card("Contact", contactActions.build(account, this::render)),
                Cards.card("Holds", holdsList.build(accountId, holds.active(accountId), canManageHolds, this::render)),
                Cards.card("Debtor flags", flagsEditor.build(account, canEditFlags, this::render)));
        if (assignment.mayAssign()) {
            left.add(Cards.card("Assignment", assignmentEditor.build(accountId, this::render)));
        }
        left.addClassName("settle-workspace-left");
        Div timelineCard = new Div();
        if (notes.mayAdd()) {
            timelineCard.add(noteForm.build(accountId, this::render));
        }
        timelineCard.add(timelineList(timeline.recent(accountId, TIMELINE_ENTRIES)));
        Div right = new Div(Cards.card("Timeline", timelineCard));
        right.addClassName("settle-workspace-right");
        pluginPanels(user).forEach(right::add);
        columns.add(left, right);
        add(columns);
        return true;
    }

    private Component header(AccountDetails account) {
        H2 name = new H2(account.debtor().displayName());
        name.addClassName("settle-workspace-name");
        Div facts = new Div();
        facts.addClassName("settle-workspace-facts");
        facts.add(new Span("Account " + account.externalRef() + " · " + account.creditorName() + " · "
                + account.teamName() + (account.debtor().state() == null ? "" : " · " + account.debtor().state())));
        facts.add(Cards.badge(statusLabel(account.status()), "ACTIVE".equals(account.status()) ? "success" : "contrast"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (account.timeBarred(today)) {
            facts.add(Cards.badge("Time-barred: no suit or threat of suit", "error"));
        }
        return new Div(name, facts);
    }

    private Component figures(AccountDetails account) {
        Div row = new Div();
        row.addClassName("settle-figures");
        row.add(Cards.figure("Current balance", account.currentBalance().format(),
                "of " + account.originalBalance().format() + " placed"));
        row.add(Cards.figure("Paid", account.paidTotal().format(),
                account.lastPaymentDate() == null ? "no payment yet" : "last " + DisplayTime.date(account.lastPaymentDate())));
        row.add(Cards.figure("Days past due", String.format("%,d", account.daysPastDue()),
                "bucket " + account.agingBucket().label()));
        row.add(Cards.figure("Statute of limitations", DisplayTime.date(account.statuteDate()),
                account.chargeOffDate() == null ? null : "charged off " + DisplayTime.date(account.chargeOffDate())));
        if (account.score() != null) {
            row.add(Cards.figure("Score", Integer.toString(account.score()), null));
        }
        return row;
    }

    private Component timelineList(List<TimelineItem> items) {
        Div list = new Div();
        list.addClassName("settle-timeline");
        if (items.isEmpty()) {
            list.add(Cards.muted("Nothing has happened on this account yet."));
        }
        for (TimelineItem item : items) {
            Div entry = new Div();
            entry.addClassName("settle-timeline-entry");
            Span when = new Span(display.dateTime(item.occurredAt()));
            when.addClassName("settle-timeline-when");
            Span what = new Span(item.title());
            what.addClassName("settle-timeline-title");
            entry.add(Cards.badge(item.kind(), "contrast"), what, when);
            if (item.detail() != null && !item.detail().isBlank()) {
                Div detail = new Div(item.detail());
                detail.addClassName("settle-timeline-detail");
                entry.add(detail);
            }
            if (item.userName() != null) {
                entry.add(Cards.muted("by " + item.userName()
                        + ("host".equals(item.source()) ? "" : " via " + item.source())));
            }
            list.add(entry);
        }
        return list;
    }

    private List<Component> pluginPanels(UserRef user) {
        return panelSources.stream()
                .flatMap(source -> source.panelsFor(user).stream())
                .map(panel -> {
                    try {
                        return (Component) Cards.card(panel.title(), panel.create(accountId));
                    } catch (RuntimeException | LinkageError e) {
                        Div failed = new Div("This panel could not be shown because its plugin (" + panel.owner()
                                + ") failed. The rest of the account is unaffected.");
                        failed.addClassName("settle-plugin-error");
                        return (Component) Cards.card(panel.title(), failed);
                    }
                })
                .toList();
    }

    private static String statusLabel(String status) {
        return status.charAt(0) + status.substring(1).toLowerCase().replace('_', ' ');
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
