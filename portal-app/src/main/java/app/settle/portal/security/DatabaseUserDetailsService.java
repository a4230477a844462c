package app.settle.portal.security;

import app.settle.portal.users.UserDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Reads users from the portal's database for password sign-in. */
final class DatabaseUserDetailsService implements UserDetailsService {

    private final UserDirectory users;

    DatabaseUserDetailsService(UserDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.strip())
                .map(user -> new SettleUser(user.toRef(), user.passwordHash(), user.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
