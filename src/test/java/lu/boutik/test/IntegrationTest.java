package lu.boutik.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole platform on a random port with an embedded PostgreSQL. Every test class that uses this annotation alone
 * shares one application context, so the platform starts once per test run. Feed imports may fetch from the
 * loopback {@link FeedServer} only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FeedServerInitializer.class)
@ActiveProfiles("test")
public @interface IntegrationTest {

	String ADMIN_EMAIL = "admin@boutik.test";
	String ADMIN_PASSWORD = "test-admin-password-1";
}
