package com.jixiao.security;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in (form and HTTP Basic alike). */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final DemoMode demoMode;

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        // A demo account's password is published in the README: it must not work on a real database.
        boolean enabled = user.isEnabled() && (!user.isDemoAccount() || demoMode.enabled());
        return new UserPrincipal(user, enabled);
    }
}
