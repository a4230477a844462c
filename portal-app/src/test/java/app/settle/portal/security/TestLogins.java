package app.settle.portal.security;

import app.settle.portal.users.StoredUser;
import app.settle.portal.users.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a stored user in on the current thread, as a successful form login would. */
public final class TestLogins {

    private TestLogins() {
    }

    public static Authentication signIn(UserDirectory users, String username) {
        StoredUser user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username));
        SettleUser principal = new SettleUser(user.toRef(), user.passwordHash(), user.enabled());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
