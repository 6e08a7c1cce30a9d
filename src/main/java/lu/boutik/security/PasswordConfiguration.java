package lu.boutik.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/**
	 * bcrypt for new hashes, at the configured cost; the prefix in each stored hash lets the algorithm or its cost
	 * change without a migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength())));
	}
}
