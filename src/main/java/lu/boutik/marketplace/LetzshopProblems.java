package lu.boutik.marketplace;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import lu.boutik.core.web.Problem;
import lu.boutik.marketplace.client.LetzshopFailure;
import lu.boutik.marketplace.client.LetzshopRefused;
import lu.boutik.marketplace.client.LetzshopRejected;
import lu.boutik.marketplace.client.LetzshopUnauthorized;
import lu.boutik.marketplace.client.LetzshopUnavailable;

/**
 * Answers a failed call to Letzshop as a problem: the marketplace down, the key refused, the request rejected.
 */
@RestControllerAdvice(assignableTypes = { LetzshopStoreController.class, LetzshopAdminController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LetzshopProblems {

	@ExceptionHandler(LetzshopFailure.class)
	ResponseEntity<ProblemDetail> failure(LetzshopFailure failure) {

		var problem = switch (failure) {
			case LetzshopUnavailable it -> new Problem(HttpStatus.BAD_GATEWAY, "letzshop-unavailable",
					"Letzshop unavailable",
					"Letzshop could not be reached or answered with an error; try again later.");
			case LetzshopUnauthorized it -> new Problem(HttpStatus.CONFLICT, "letzshop-key-refused",
					"Letzshop refused the key", "Letzshop refused the store's API key; a shop-manager key is needed.");
			case LetzshopRejected it -> new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "letzshop-rejected",
					"Letzshop rejected the request", "Letzshop did not accept the request.")
					.with("errors", List.copyOf(it.errors()));
			case LetzshopRefused it -> new Problem(HttpStatus.BAD_REQUEST, "letzshop-refused",
					"Request refused", it.getMessage());
		};
		return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
	}
}
