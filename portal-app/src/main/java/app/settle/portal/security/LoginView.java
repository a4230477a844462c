package app.settle.portal.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page; the form posts to Spring Security, which redirects back here with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Settle")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS = "Incorrect username or password. Check both and try again.";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("settle-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(BAD_CREDENTIALS));

        H1 brand = new H1("Settle");
        brand.addClassName("settle-brand");
        Paragraph tagline = new Paragraph("Collections, within the law.");
        tagline.addClassName("settle-tagline");
        add(brand, tagline, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailureMessage()));
            form.setError(true);
        }
    }

    private static String lastFailureMessage() {
        var request = VaadinService.getCurrentRequest();
        Object failure = request == null || request.getWrappedSession(false) == null ? null
                : request.getWrappedSession(false).getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException locked) {
            return locked.getMessage();
        }
        return BAD_CREDENTIALS;
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("Sign-in failed");
        error.setMessage(errorMessage);
        i18n.setErrorMessage(error);
        return i18n;
    }
}
