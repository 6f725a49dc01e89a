package com.jixiao.security;

import com.jixiao.common.web.DatabaseOutage;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: {@code /api/**} for scripts (HTTP Basic, stateless, JSON errors, no CSRF since
 * no cookie authenticates it) and everything else for browsers (form sign-in, session, CSRF).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Set on both chains explicitly: otherwise Spring Security builds its global manager from the
     * UserDetailsService bean alone, without the lockout bookkeeping.
     */
    @Bean
    AuthenticationManager authenticationManager(AppUserDetailsService users, PasswordEncoder encoder,
                                                 LoginAttempts attempts) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new LockingAuthenticationProvider(dao, attempts));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityConfig::unauthorized)
                        .accessDeniedHandler((request, response, e) ->
                                JsonErrors.write(response, HttpStatus.FORBIDDEN, "您无权执行此操作。")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/favicon.ico", "/login", "/error", "/access-denied").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error") {
                            @Override
                            public void onAuthenticationFailure(HttpServletRequest request,
                                                                HttpServletResponse response,
                                                                AuthenticationException e)
                                    throws IOException, ServletException {
                                // A database outage is not a wrong password: DatabaseOutage answers 503.
                                DatabaseOutage.rethrowIfOutage(e);
                                super.onAuthenticationFailure(request, response, e);
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/access-denied"))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) throws IOException {
        DatabaseOutage.rethrowIfOutage(e);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"jixiao\", charset=\"UTF-8\"");
        String message = e instanceof LockedException
                ? "账户已锁定，请 15 分钟后再试。" : "需要登录：请使用 HTTP Basic 提供有效的用户名和密码。";
        JsonErrors.write(response, HttpStatus.UNAUTHORIZED, message);
    }
}
