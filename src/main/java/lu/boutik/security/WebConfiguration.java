package lu.boutik.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final CallerArgumentResolver callers;
	private final ClientAddressArgumentResolver clients;

	WebConfiguration(CallerArgumentResolver callers, ClientAddressArgumentResolver clients) {

		this.callers = callers;
		this.clients = clients;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(callers);
		resolvers.add(clients);
	}
}
