package app.settle.portal.shell;

import app.settle.api.CurrentUser;
import app.settle.api.UserRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The landing page after sign-in: a greeting, what the user's role is for, and the widgets plugins contribute for
 * the user's role (a widget that fails shows a short message in its card; the page stays usable).
 */
@Route("")
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, Clock clock, List<DashboardWidgets> widgetSources) {
        UserRef user = currentUser.require();
        addClassName("settle-home");
        H2 greeting = new H2(greeting(LocalTime.now(clock.withZone(ZoneId.systemDefault()))) + ", "
                + user.displayName().split(" ")[0]);
        Paragraph role = new Paragraph("You are signed in as " + user.role().label().toLowerCase() + ". "
                + purpose(user));
        Div hint = new Div("Use the menu on the left to open your work. Menu entries show only what your role may open.");
        hint.addClassName("settle-hint");
        add(greeting, role, hint);
        List<Component> widgets = widgetSources.stream()
                .flatMap(source -> source.widgetsFor(user).stream())
                .map(WidgetCards::card)
                .toList();
        if (!widgets.isEmpty()) {
            Div board = new Div();
            board.addClassName("settle-widgets");
            widgets.forEach(board::add);
            add(board);
        }
    }

    static String greeting(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return "Good morning";
        }
        return time.isBefore(LocalTime.of(18, 0)) ? "Good afternoon" : "Good evening";
    }

    private static String purpose(UserRef user) {
        return switch (user.role()) {
            case COLLECTOR -> "Work your accounts, log contacts and record promises within the legal limits.";
            case SUPERVISOR -> "Steer your teams' queues, approve settlements and watch the numbers.";
            case TRAINER -> "Run call simulations with trainees and review their scorecards.";
            case TRAINEE -> "Practise calls in simulations and read your scorecards.";
            case ADMIN -> "Manage users, teams, imports and plugins.";
        };
    }
}
