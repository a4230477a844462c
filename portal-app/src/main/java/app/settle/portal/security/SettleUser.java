package app.settle.portal.security;

import app.settle.api.UserRef;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: Spring Security's view of a Settle user. */
final class SettleUser implements UserDetails {

    private final UserRef ref;
    private final String passwordHash;
    private final boolean enabled;

    SettleUser(UserRef ref, String passwordHash, boolean enabled) {
        this.ref = ref;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    UserRef ref() {
        return ref;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + ref.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return ref.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
