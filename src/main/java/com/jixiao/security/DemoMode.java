package com.jixiao.security;

import com.jixiao.common.db.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the app runs on its own embedded database (the newcomer's default), or
 * {@code jixiao.demo-users=true} asks for the demo accounts explicitly (the tests do). Only in demo
 * mode do the demo accounts with the published password exist and sign in.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    @Autowired
    DemoMode(ObjectProvider<EmbeddedDatabase> embeddedDatabase,
             AccountProperties settings) {
        this.enabled = embeddedDatabase.getIfAvailable() != null || settings.demoUsers();
    }

    public static DemoMode of(boolean enabled) {
        return new DemoMode(enabled);
    }

    private DemoMode(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
