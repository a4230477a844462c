package app.settle.portal.security;

import app.settle.api.CurrentUser;
import app.settle.api.UserRef;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The signed-in user of the current request thread, from Spring Security's context. */
@Service
public class CurrentUserService implements CurrentUser {

    @Override
    public Optional<UserRef> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SettleUser user) {
            return Optional.of(user.ref());
        }
        return Optional.empty();
    }
}
