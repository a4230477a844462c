package app.settle.portal.testing;

import app.settle.portal.security.TestLogins;
import app.settle.portal.users.UserDirectory;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Karibu-Testing machinery of the browser-free view tests, without a Spring context of its own: a subclass
 * names its context ({@code @SpringBootTest}, initializers, plugins folder). {@link PortalUiTest} is the shared
 * one; tests of a shipped plugin use a context whose plugins folder holds that plugin's jar.
 *
 * <p>Each test opens its own UI through {@link MockSpringServlet}, so views, layouts and service init
 * listeners (the plugin route registrar) come from the Spring context as in production. The fake HTTP
 * request answers {@code getUserPrincipal()} and {@code isUserInRole()} from Spring Security's context the
 * way Spring Security's request wrapper does for a real request, so Vaadin's navigation and menu access
 * control apply {@code @RolesAllowed}, {@code @PermitAll} and {@code @AnonymousAllowed} as in production.
 */
public abstract class KaribuViewTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDirectory users;

    private Function1<FakeHttpSession, FakeRequest> originalRequestFactory;

    @BeforeAll
    static void discoverRoutes() {
        synchronized (KaribuViewTest.class) {
            if (routes == null) {
                routes = new Routes().autoDiscoverViews("app.settle.portal");
            }
        }
    }

    /** Signs the demo user in and opens the portal in a fresh UI (which starts at the home route). */
    protected void openAs(String username) {
        closeUi();
        TestLogins.signIn(users, username);
        startUi();
    }

    /** Opens the portal in a fresh UI with nobody signed in. */
    protected void openSignedOut() {
        closeUi();
        startUi();
    }

    /** Navigates the current UI as if the user typed the location into the address bar. */
    protected static void navigateTo(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    @AfterEach
    void closeUiAfterTest() {
        closeUi();
    }

    private void startUi() {
        originalRequestFactory = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(SpringSecurityAwareRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    private void closeUi() {
        MockVaadin.tearDown();
        if (originalRequestFactory != null) {
            MockVaadin.setMockRequestFactory(originalRequestFactory);
            originalRequestFactory = null;
        }
        TestLogins.signOut();
    }

    /**
     * A fake request that, like Spring Security's {@code SecurityContextHolderAwareRequestWrapper}, takes the
     * user principal and roles from the current {@link SecurityContextHolder} context (role names without
     * the {@code ROLE_} prefix, as {@code @RolesAllowed} uses them).
     */
    private static final class SpringSecurityAwareRequest extends FakeRequest {

        private static final String ROLE_PREFIX = "ROLE_";

        SpringSecurityAwareRequest(HttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            return authentication();
        }

        @Override
        public String getRemoteUser() {
            Authentication authentication = authentication();
            return authentication == null ? null : authentication.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = authentication();
            if (authentication == null || role == null) {
                return false;
            }
            String authority = role.startsWith(ROLE_PREFIX) ? role : ROLE_PREFIX + role;
            return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
        }

        private static Authentication authentication() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                    || !authentication.isAuthenticated()) {
                return null;
            }
            return authentication;
        }
    }
}
