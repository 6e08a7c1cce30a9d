package lu.boutik.security;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link ClientAddress} of a request.
 */
@Component
class ClientAddressArgumentResolver implements HandlerMethodArgumentResolver {

	private final ClientAddresses addresses;

	ClientAddressArgumentResolver(ClientAddresses addresses) {
		this.addresses = addresses;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return ClientAddress.class.equals(parameter.getParameterType());
	}

	@Override
	public ClientAddress resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		return addresses.of(request.getNativeRequest(HttpServletRequest.class));
	}
}
