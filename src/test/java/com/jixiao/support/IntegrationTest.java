package com.jixiao.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of full application tests: the real test database ({@link TestDatabase}) with the seed
 * report loaded. All subclasses share one Spring context and therefore one database.
 */
@SpringBootTest(properties = {"jixiao.seed.load=true", "jixiao.demo-users=true",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
