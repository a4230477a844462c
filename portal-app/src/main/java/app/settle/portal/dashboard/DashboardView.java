package app.settle.portal.dashboard;

import app.settle.api.CurrentUser;
import app.settle.api.UserRef;
import app.settle.api.core.AgingBucket;
import app.settle.portal.accounts.AccountFilter;
import app.settle.portal.dashboard.BarChart.Bar;
import app.settle.portal.dashboard.DashboardFigures.Activity;
import app.settle.portal.dashboard.DashboardFigures.AgingRow;
import app.settle.portal.dashboard.DashboardFigures.CollectorRow;
import app.settle.portal.dashboard.DashboardFigures.HoldRow;
import app.settle.portal.dashboard.DashboardFigures.MonthCollected;
import app.settle.portal.dashboard.DashboardFigures.RollRow;
import app.settle.portal.shell.DashboardWidgets;
import app.settle.portal.shell.Feedback;
import app.settle.portal.shell.WidgetCards;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The supervisors' dashboard: the collection KPIs of the teams the user may see, for a chosen period, with the
 * numbers behind every chart, each KPI's definition one click away, drill-down to the accounts behind a number
 * and a CSV export. Reads pre-aggregated figures ({@link KpiQueries}); "Refresh figures" brings them up to date
 * in the background with a progress bar.
 */
@Route("dashboard")
@PageTitle("Dashboard")
@Menu(title = "Dashboard", order = 5, icon = "vaadin:chart")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private static final ExecutorService WORKERS = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("settle-dashboard-refresh").factory());
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US);

    private final KpiQueries queries;
    private final KpiRefresh refresh;
    private final Clock clock;
    private final UserRef user;
    private final Map<Long, String> teams;
    private final List<DashboardWidgets> widgetSources;

    private final Select<Long> team = new Select<>();
    private final Select<Period.Preset> preset = new Select<>();
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC)");
    private final Button refreshButton = new Button("Refresh figures", VaadinIcon.REFRESH.create());
    private final Anchor download = new Anchor();
    private final Span asOf = new Span();
    private final ProgressBar working = new ProgressBar();
    private final Div content = new Div();
    private DashboardFigures shown;
    private boolean entering;

    /** Where refreshes run; tests run them on the calling thread. */
    Executor background = WORKERS;

    public DashboardView(CurrentUser currentUser, DashboardScope scope, KpiQueries queries, KpiRefresh refresh,
                         Clock clock, List<DashboardWidgets> widgetSources) {
        this.queries = queries;
        this.refresh = refresh;
        this.clock = clock;
        this.user = currentUser.require();
        this.teams = scope.teamsOf(user);
        this.widgetSources = widgetSources;
        addClassName("settle-dashboard");
        setWidthFull();

        team.setLabel("Teams");
        team.setItems(teams.keySet());
        team.setEmptySelectionAllowed(teams.size() != 1);
        team.setEmptySelectionCaption("All my teams (" + teams.size() + ")");
        team.setItemLabelGenerator(id -> id == null ? "All my teams (" + teams.size() + ")" : teams.get(id));
        if (teams.size() == 1) {
            team.setValue(teams.keySet().iterator().next());
        }
        team.setId("dashboard-team");

        preset.setLabel("Period");
        preset.setItems(Period.Preset.values());
        preset.setItemLabelGenerator(Period.Preset::label);
        preset.setValue(Period.Preset.THIS_MONTH);
        preset.setId("dashboard-period");
        from.setMax(today());
        to.setMax(today());
        from.setVisible(false);
        to.setVisible(false);

        refreshButton.addClickListener(click -> refreshFigures());
        refreshButton.setId("dashboard-refresh");
        download.setText("Download CSV");
        download.getElement().setAttribute("download", true);
        download.setId("dashboard-csv");
        asOf.addClassName("settle-muted");
        asOf.setId("dashboard-as-of");
        working.setIndeterminate(true);
        working.setVisible(false);
        working.setWidth("12rem");

        HorizontalLayout controls = new HorizontalLayout(team, preset, from, to, refreshButton, download, asOf);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        controls.addClassName("settle-dashboard-controls");
        content.setWidthFull();
        add(controls, working, content);

        team.addValueChangeListener(change -> showUnlessEntering());
        preset.addValueChangeListener(change -> {
            boolean custom = change.getValue() == Period.Preset.CUSTOM;
            if (custom && from.isEmpty()) {
                Period current = Period.Preset.THIS_MONTH.on(today());
                from.setValue(current.from());
                to.setValue(current.to());
            }
            from.setVisible(custom);
            to.setVisible(custom);
            showUnlessEntering();
        });
        from.addValueChangeListener(change -> showUnlessEntering());
        to.addValueChangeListener(change -> showUnlessEntering());

        if (teams.isEmpty()) {
            content.add(new Paragraph("You lead no team yet, so there are no figures to show. An administrator"
                    + " adds supervisors to teams on the Users screen."));
            controls.setVisible(false);
        }
    }

    /**
     * Takes the team and period from the URL when given ({@code dashboard?team=3&period=LAST_12_MONTHS}), so a
     * dashboard can be bookmarked; a team the user may not see, or an unknown period, is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (teams.isEmpty()) {
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        entering = true;
        try {
            first(query, "team").filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).filter(teams::containsKey)
                    .ifPresent(team::setValue);
            first(query, "period").flatMap(DashboardView::preset).filter(p -> p != Period.Preset.CUSTOM)
                    .ifPresent(preset::setValue);
        } finally {
            entering = false;
        }
        show();
        if (shown != null && shown.asOf() == null) {
            refreshFigures();
        }
    }

    private void showUnlessEntering() {
        if (!entering) {
            show();
        }
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.getFirst());
    }

    private static java.util.Optional<Period.Preset> preset(String name) {
        for (Period.Preset p : Period.Preset.values()) {
            if (p.name().equals(name)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /** Reads the figures for the chosen teams and period and lays out the page. */
    void show() {
        Period period;
        try {
            period = period();
        } catch (IllegalArgumentException bad) {
            from.setInvalid(true);
            from.setErrorMessage(bad.getMessage());
            return;
        }
        from.setInvalid(false);
        Set<Long> scope = team.getValue() == null ? teams.keySet() : Set.of(team.getValue());
        shown = queries.figures(Set.copyOf(scope), period, today());
        DashboardFigures figures = shown;
        String scopeName = team.getValue() == null ? String.join(", ", teams.values()) : teams.get(team.getValue());
        download.setHref(event -> {
            event.setFileName(DashboardCsv.fileName(figures));
            event.setContentType("text/csv; charset=UTF-8");
            DashboardCsv.write(figures, scopeName, event.getOutputStream());
        });
        asOf.setText(figures.asOf() == null ? "Figures are being prepared for the first time…"
                : "Figures as of " + AS_OF.format(figures.asOf()) + " UTC · " + period.label());
        content.removeAll();
        content.add(tiles(figures), charts(figures), productivity(figures), pluginWidgets());
    }

    private Period period() {
        Period.Preset chosen = preset.getValue();
        if (chosen == Period.Preset.CUSTOM) {
            if (to.getValue() != null && to.getValue().isAfter(today())) {
                throw new IllegalArgumentException("The period cannot end in the future.");
            }
            return new Period(from.getValue(), to.getValue());
        }
        return chosen.on(today());
    }

    private Component tiles(DashboardFigures f) {
        Activity a = f.activity();
        Div tiles = new Div();
        tiles.addClassName("settle-kpi-tiles");
        tiles.add(tile(Kpi.ACTIVE_ACCOUNTS, Numbers.count(f.activeAccounts()),
                        Numbers.dollars(f.activeBalance()) + " balance", drill(AccountFilter.NONE)),
                tile(Kpi.COLLECTED, Numbers.dollars(a.collected()), Numbers.count(a.payments()) + " payments", null),
                tile(Kpi.RECOVERY_RATE, Numbers.percent(f.recovery().rate()),
                        "of " + Numbers.dollars(f.recovery().placed()) + " placed", null),
                tile(Kpi.RIGHT_PARTY_RATE, Numbers.percent(a.rightPartyRate()),
                        Numbers.count(a.rightParty()) + " of " + Numbers.count(a.attempts()) + " attempts", null),
                tile(Kpi.PROMISE_RATE, Numbers.percent(a.promiseRate()),
                        Numbers.count(a.promises()) + " promises", null),
                tile(Kpi.PROMISE_KEPT_RATE, Numbers.percent(a.promiseKeptRate()),
                        Numbers.count(a.kept()) + " kept, " + Numbers.count(a.broken()) + " broken", null));
        return tiles;
    }

    private Component tile(Kpi kpi, String value, String note, String drillTo) {
        Div tile = new Div();
        tile.addClassNames("settle-figure", "settle-kpi");
        HorizontalLayout head = new HorizontalLayout();
        head.setSpacing(false);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        Span label = new Span(kpi.title());
        label.addClassName("settle-figure-label");
        head.add(label, definitionButton(kpi));
        Component number;
        if (drillTo != null) {
            Anchor link = new Anchor(drillTo, value);
            link.setTitle("Show these accounts");
            number = link;
        } else {
            number = new Span(value);
        }
        ((com.vaadin.flow.component.HasStyle) number).addClassName("settle-figure-value");
        Span noteSpan = new Span(note);
        noteSpan.addClassName("settle-figure-note");
        tile.add(head, number, noteSpan);
        tile.getElement().setAttribute("data-kpi", kpi.name());
        return tile;
    }

    private Button definitionButton(Kpi kpi) {
        Button info = new Button(VaadinIcon.QUESTION_CIRCLE_O.create(), click -> openDefinition(kpi));
        info.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        info.setAriaLabel("What is " + kpi.title() + "?");
        info.setTooltipText("How this is computed");
        return info;
    }

    void openDefinition(Kpi kpi) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(kpi.title());
        dialog.add(new Paragraph(kpi.formula()), new Paragraph("Period: " + kpi.period()));
        dialog.setWidth("28rem");
        Button close = new Button("Close", click -> dialog.close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }

    private Component charts(DashboardFigures f) {
        Div grid = new Div();
        grid.addClassName("settle-dashboard-cards");
        grid.add(agingCard(f), collectedCard(f), rollCard(f), holdsCard(f));
        return grid;
    }

    private Component agingCard(DashboardFigures f) {
        List<Bar> bars = f.aging().stream().map(r -> new Bar(r.bucket().label(), r.balance().doubleValue(),
                Numbers.shortDollars(r.balance()), r.bucket().label() + " days: " + Numbers.count(r.accounts())
                + " accounts, " + Numbers.dollars(r.balance()))).toList();
        Grid<AgingRow> table = table();
        table.addComponentColumn(r -> new Anchor(drill(AccountFilter.bucket(team.getValue(), r.bucket())),
                r.bucket() == AgingBucket.CURRENT ? "Current" : r.bucket().label() + " days"))
                .setHeader("Days past due").setAutoWidth(true).setKey("bucket");
        table.addColumn(r -> Numbers.count(r.accounts())).setHeader("Accounts").setTextAlign(ColumnTextAlign.END);
        table.addColumn(r -> Numbers.dollars(r.balance())).setHeader("Balance").setTextAlign(ColumnTextAlign.END);
        table.setItems(f.aging());
        return card(Kpi.AGING, "Balance of active accounts by days past due",
                chart(BarChart.svg(Kpi.AGING.title(), bars)), table);
    }

    private Component collectedCard(DashboardFigures f) {
        List<MonthCollected> months = f.collectedByMonth();
        List<Bar> bars = months.stream().map(m -> new Bar(monthLabel(m), m.collected().doubleValue(),
                Numbers.shortDollars(m.collected()), monthLabel(m) + " " + m.month().getYear() + ": "
                + Numbers.dollars(m.collected()) + " from " + Numbers.count(m.payments()) + " payments")).toList();
        Grid<MonthCollected> table = table();
        table.addColumn(m -> monthLabel(m) + " " + m.month().getYear()).setHeader("Month");
        table.addColumn(m -> Numbers.count(m.payments())).setHeader("Payments").setTextAlign(ColumnTextAlign.END);
        table.addColumn(m -> Numbers.dollars(m.collected())).setHeader("Collected").setTextAlign(ColumnTextAlign.END);
        table.setItems(months);
        Details numbers = new Details("The numbers by month", table);
        numbers.setOpened(months.size() <= 3);
        return card(Kpi.COLLECTED, "Net of reversals, by month of payment; hover a bar for its figure",
                chart(BarChart.svg(Kpi.COLLECTED.title(), bars)), numbers);
    }

    private Component rollCard(DashboardFigures f) {
        Grid<List<RollRow>> table = new Grid<>();
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.addColumn(rows -> rows.getFirst().month().getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " "
                + rows.getFirst().month().getYear()).setHeader("Month").setAutoWidth(true).setFlexGrow(0);
        for (AgingBucket bucket : AgingBucket.values()) {
            if (bucket == AgingBucket.values()[AgingBucket.values().length - 1]) {
                continue;
            }
            table.addComponentColumn(rows -> rollCell(rows.get(bucket.ordinal())))
                    .setHeader(bucket == AgingBucket.CURRENT ? "Current" : bucket.label())
                    .setTextAlign(ColumnTextAlign.END);
        }
        List<List<RollRow>> byMonth = new ArrayList<>();
        int n = AgingBucket.values().length;
        for (int i = 0; i + n <= f.rollRates().size(); i += n) {
            byMonth.add(f.rollRates().subList(i, i + n));
        }
        table.setItems(byMonth.reversed());
        Paragraph legend = new Paragraph("Share of the accounts in each bucket at the month's start that rolled into a"
                + " later bucket by its end; resolved (paid, settled or closed) beneath. Hover a cell for counts.");
        legend.addClassName("settle-muted");
        return card(Kpi.ROLL_RATES, null, legend, table);
    }

    private Component rollCell(RollRow r) {
        Div cell = new Div();
        Span rolled = new Span(Numbers.percent(r.rollRate()));
        rolled.addClassName("settle-roll-rate");
        Double rate = r.rollRate();
        if (rate != null) {
            rolled.getStyle().set("--settle-heat", String.format(Locale.US, "%.2f", Math.min(1.0, rate)));
        }
        Span resolved = new Span(Numbers.percent(r.resolvedRate()) + " resolved");
        resolved.addClassName("settle-figure-note");
        cell.add(rolled, new Html("<br>"), resolved);
        cell.getElement().setAttribute("title", Numbers.count(r.atStart()) + " accounts at start; "
                + (r.rolled() == null ? "" : Numbers.count(r.rolled()) + " rolled; ") + Numbers.count(r.resolved())
                + " resolved");
        return cell;
    }

    private Component holdsCard(DashboardFigures f) {
        List<Bar> bars = f.holds().stream().map(h -> new Bar(h.label(), h.accounts(), Numbers.count(h.accounts()),
                h.label() + ": " + Numbers.count(h.accounts()) + " accounts")).toList();
        Grid<HoldRow> table = table();
        table.addComponentColumn(h -> new Anchor(drill(AccountFilter.hold(team.getValue(), h.reason())), h.label()))
                .setHeader("Reason");
        table.addColumn(h -> Numbers.count(h.accounts())).setHeader("Accounts").setTextAlign(ColumnTextAlign.END);
        table.setItems(f.holds());
        table.setEmptyStateText("No open holds.");
        Component chart = f.holds().isEmpty() ? new Span() : chart(BarChart.svg(Kpi.HOLDS.title(), bars));
        return card(Kpi.HOLDS, "Accounts with an open hold", chart, table);
    }

    private Component productivity(DashboardFigures f) {
        Grid<CollectorRow> table = new Grid<>();
        table.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addComponentColumn(c -> new Anchor(drill(AccountFilter.collector(team.getValue(), c.username())),
                        c.displayName()))
                .setHeader("Collector").setComparator(Comparator.comparing(CollectorRow::displayName)).setFlexGrow(1);
        table.addColumn(c -> Numbers.count(c.attempts())).setHeader("Attempts").setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparingLong(CollectorRow::attempts));
        table.addColumn(c -> Numbers.count(c.rightParty())).setHeader("Right-party contacts")
                .setTextAlign(ColumnTextAlign.END).setComparator(Comparator.comparingLong(CollectorRow::rightParty));
        table.addColumn(c -> Numbers.count(c.promises())).setHeader("Promises").setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparingLong(CollectorRow::promises));
        table.addColumn(c -> Numbers.dollars(c.collected())).setHeader("Collected").setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(CollectorRow::collected));
        table.setItems(f.collectors());
        table.setEmptyStateText("No contacts or payments by a collector in this period.");
        table.setId("dashboard-collectors");
        Div card = card(Kpi.PRODUCTIVITY, "Click a column heading to sort; a name shows that collector's accounts",
                table);
        card.addClassName("settle-dashboard-wide");
        return card;
    }

    private Component pluginWidgets() {
        Div board = new Div();
        board.addClassName("settle-widgets");
        widgetSources.stream().flatMap(source -> source.widgetsFor(user).stream()).map(WidgetCards::card)
                .forEach(board::add);
        return board;
    }

    private Div card(Kpi kpi, String subtitle, Component... body) {
        Div card = new Div();
        card.addClassNames("settle-card", "settle-dashboard-card");
        HorizontalLayout head = new HorizontalLayout();
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setSpacing(false);
        H3 title = new H3(kpi.title());
        title.addClassName("settle-card-title");
        head.add(title, definitionButton(kpi));
        card.add(head);
        if (subtitle != null) {
            Span sub = new Span(subtitle);
            sub.addClassName("settle-muted");
            card.add(sub);
        }
        card.add(body);
        card.getElement().setAttribute("data-kpi", kpi.name());
        return card;
    }

    /**
     * The chart inside a div: Vaadin sets a root element's attributes itself and lower-cases their names, which
     * would turn the SVG's {@code viewBox} into an unknown {@code viewbox}; markup inside the div is parsed by
     * the browser, which keeps SVG attribute names right.
     */
    private static Html chart(String svg) {
        return new Html("<div class=\"settle-chart-box\">" + svg + "</div>");
    }

    private static <T> Grid<T> table() {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String drill(AccountFilter filter) {
        return (team.getValue() == null || filter.teamId() != null ? filter : filter.withTeam(team.getValue()))
                .location();
    }

    private static String monthLabel(MonthCollected m) {
        return m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
    }

    private void refreshFigures() {
        UI ui = UI.getCurrent();
        refreshButton.setEnabled(false);
        working.setVisible(true);
        background.execute(() -> {
            try {
                KpiRefresh.Outcome outcome = refresh.refreshWaiting(java.time.Duration.ofMinutes(2));
                ui.access(() -> {
                    done();
                    show();
                    if (outcome.ran()) {
                        Feedback.success("Figures are up to date (" + Numbers.count(outcome.days()) + " days and "
                                + Numbers.count(outcome.delinquencyDates()) + " delinquency dates recomputed in "
                                + String.format(Locale.US, "%.1f", outcome.took().toMillis() / 1000.0) + " s).");
                    } else {
                        Feedback.error("Another refresh is still running; the figures shown are from "
                                + asOfText() + ". Try again in a minute.");
                    }
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    done();
                    Feedback.error("The figures could not be refreshed: the database did not answer. The figures"
                            + " shown are from " + asOfText() + ".");
                });
            }
        });
    }

    private void done() {
        refreshButton.setEnabled(true);
        working.setVisible(false);
    }

    private String asOfText() {
        LocalDateTime at = shown == null ? null : shown.asOf();
        return at == null ? "no earlier run" : AS_OF.format(at) + " UTC";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
