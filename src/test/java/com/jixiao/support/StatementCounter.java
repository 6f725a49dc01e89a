package com.jixiao.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application prepares, whether through Hibernate or JDBC, by
 * wrapping the test DataSource (except the audit trail's, see {@link #isAudit}). The SQL statement guards read it around a request.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall");
    private static final AtomicLong COUNT = new AtomicLong();

    private StatementCounter() {
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static long count() {
        return COUNT.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }
    }

    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createStatement")) {
                        // A plain Statement learns its SQL only when executed: count it then.
                        return counting((Statement) invoke(target, method, args));
                    }
                    if (STATEMENT_METHODS.contains(method.getName()) && !isAudit(args)) {
                        COUNT.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Statement counting(Statement target) {
        return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute") && !isAudit(args)) {
                        COUNT.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    /**
     * The audit trail's own statements (one event per request, whatever the page holds) are not the page's reads:
     * an export or print page records who took the data, which must not count against its statement budget.
     */
    private static boolean isAudit(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String sql && sql.contains("audit_");
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
