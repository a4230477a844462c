package app.settle.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.shell.HomeView;
import app.settle.portal.testing.PortalUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import tools.jackson.databind.JsonNode;

/** The sign-in page as a visitor and a signed-in user see it. */
class LoginViewTest extends PortalUiTest {

    @Test
    void aVisitorIsSentToTheSignInFormTitledSignIn() {
        openSignedOut();

        assertThat(getCurrentView()).isEqualTo(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form).path("form").path("title").asString()).isEqualTo("Sign in");
        assertThat(i18n(form).path("form").path("submit").asString()).isEqualTo("Sign in");
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void afterAFailedSignInTheFormSaysUsernameOrPasswordIsWrong() {
        openSignedOut();
        VaadinSession.getCurrent().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));

        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form).path("errorMessage").path("title").asString()).isEqualTo("Sign-in failed");
        assertThat(i18n(form).path("errorMessage").path("message").asString())
                .isEqualTo(LoginView.BAD_CREDENTIALS)
                .isEqualTo("Incorrect username or password. Check both and try again.");
    }

    @Test
    void aThrottledSignInShowsHowLongToWaitInsteadOfBadCredentials() {
        openSignedOut();
        String throttled = TooManyAttempts.message(Duration.ofMinutes(12));
        VaadinSession.getCurrent().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException(throttled));

        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form).path("errorMessage").path("message").asString())
                .isEqualTo("Too many failed sign-in attempts. Try again in 12 minutes.")
                .isNotEqualTo(LoginView.BAD_CREDENTIALS);
    }

    @Test
    void aSignedInUserWhoOpensTheSignInPageLandsOnTheHomePage() {
        openAs("supervisor");

        navigateTo("login");

        assertThat(getCurrentView()).isEqualTo(HomeView.class);
        assertThat(_get(H2.class).getText()).endsWith(", Sam");
        assertThat(_find(LoginForm.class)).isEmpty();
    }

    private static JsonNode i18n(LoginForm form) {
        return (JsonNode) form.getElement().getPropertyRaw("i18n");
    }
}
