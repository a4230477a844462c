package app.settle.portal.shell;

import app.settle.api.CurrentUser;
import app.settle.api.UserRef;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The portal's frame around every signed-in view: side menu of the host views and plugin views the
 * user may open, the page title, who is signed in, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final List<MenuContributor> contributors;
    private final H1 title = new H1();
    private final SideNav nav = new SideNav();

    public MainLayout(CurrentUser currentUser, List<MenuContributor> contributors,
                      AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.contributors = contributors;
        setPrimarySection(Section.DRAWER);

        title.addClassName("settle-view-title");
        UserRef user = currentUser.require();
        Span who = new Span(user.displayName() + " · " + user.role().label());
        who.addClassName("settle-user");
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClickShortcut(Key.KEY_Q, KeyModifier.ALT);
        signOut.getElement().setAttribute("title", "Sign out (Alt+Q)");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.addClassName("settle-header");
        addToNavbar(header);

        Span brand = new Span("Settle");
        brand.addClassName("settle-drawer-brand");
        nav.addClassName("settle-nav");
        addToDrawer(new Div(brand), nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        rebuildMenu();
        title.setText(MenuConfiguration.getPageHeader(getContent()).orElse("Settle"));
    }

    /**
     * Rebuilds the side menu now, for a change the current page made without navigating (e.g. a plugin
     * switched on or off on the plugin manager page), so the menu never offers a page that is gone.
     */
    public void refreshMenu() {
        rebuildMenu();
    }

    private void rebuildMenu() {
        nav.removeAll();
        List<ShellMenuItem> items = new ArrayList<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            items.add(new ShellMenuItem(entry.path(), entry.title(), entry.icon(),
                    entry.order() == null ? 50 : entry.order()));
        }
        currentUser.get().ifPresent(user -> contributors.forEach(c -> items.addAll(c.menuItemsFor(user))));
        items.sort(Comparator.comparingDouble(ShellMenuItem::order).thenComparing(ShellMenuItem::title));
        for (ShellMenuItem item : items) {
            SideNavItem navItem = new SideNavItem(item.title(), item.path().isEmpty() ? "/" : item.path());
            if (item.icon() != null && !item.icon().isBlank()) {
                navItem.setPrefixComponent(new Icon(item.icon()));
            }
            nav.addItem(navItem);
        }
    }
}
