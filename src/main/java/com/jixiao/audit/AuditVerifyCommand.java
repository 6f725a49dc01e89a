package com.jixiao.audit;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --jixiao.audit.verify}: verifies the audit chain, prints the result and exits with 0 when
 * the chain is intact and 1 when it is broken, e.g.
 * {@code ./mvnw -q spring-boot:run -Dspring-boot.run.arguments="--jixiao.audit.verify --server.port=0"}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "jixiao.audit.verify";

    private final AuditVerifier verifier;
    private final ConfigurableApplicationContext context;

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditVerifier.Result result = verifier.verify();
        System.out.println(result.describe());
        int code = SpringApplication.exit(context, () -> result.intact() ? 0 : 1);
        System.exit(code);
    }
}
