package com.jixiao.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of full application tests: the real test database ({@link TestDatabase}) with the seed
 * report loaded. All subclasses share one Spring context and therefore one database. The context
 * listens on a random port so that browser tests (headless Chromium) share it with the MockMvc tests
 * instead of starting a second application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.seed.load=true", "jixiao.demo-users=true"})
@Import({StatementCounter.Config.class, MockSessionCarriesSessionCookie.class})
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
