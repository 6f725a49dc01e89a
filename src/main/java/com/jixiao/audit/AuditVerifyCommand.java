package com.jixiao.audit;

import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
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
 * {@code ./mvnw -q spring-boot:run -Dspring-boot.run.arguments="--jixiao.audit.verify --server.port=0"};
 * with {@code --jixiao.audit.expect-head=ID:SIGNATURE} (as printed on a report) also that this event
 * is unchanged. Without the option, every start checks that the newest event verifies with the key,
 * so a lost or replaced key file is noticed at once rather than at the next audit.
 */
@Slf4j
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "jixiao.audit.verify";
    static final String EXPECT_HEAD = "jixiao.audit.expect-head";

    private final AuditVerifier verifier;
    private final ConfigurableApplicationContext context;

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            AuditVerifier.Result newest = verifier.verifyNewest();
            if (!newest.intact()) {
                log.error("Audit chain: {}", newest.describe());
            }
            return;
        }
        AuditVerifier.Result result = verifier.verify(expectedHead(args.getOptionValues(EXPECT_HEAD)));
        System.out.println(result.describe());
        int code = SpringApplication.exit(context, () -> result.intact() ? 0 : 1);
        System.exit(code);
    }

    private static AuditVerifier.PrintedHead expectedHead(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String[] parts = values.get(0).split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--" + EXPECT_HEAD + " takes ID:SIGNATURE, e.g. 1234:89ab01cd");
        }
        return AuditVerifier.PrintedHead.parse(parts[0], parts[1]);
    }
}
