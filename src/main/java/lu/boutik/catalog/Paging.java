package lu.boutik.catalog;

import lu.boutik.core.web.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The page a listing asks for: pages count from 1, and a page holds at most {@value #MAX_SIZE} products.
 */
record Paging(int page, int size, @Nullable String query) {

	static final int MAX_SIZE = 100;
	static final int DEFAULT_SIZE = 20;
	static final int MAX_QUERY = 200;

	static Paging of(@Nullable Integer page, @Nullable Integer size, @Nullable String query) {

		if (page != null && page < 1) {
			throw Problem.invalidField("page", "a whole number from 1");
		}
		if (size != null && (size < 1 || size > MAX_SIZE)) {
			throw Problem.invalidField("size", "a whole number from 1 to " + MAX_SIZE);
		}
		if (query != null && query.length() > MAX_QUERY) {
			throw Problem.invalidField("q", "at most " + MAX_QUERY + " characters");
		}
		var search = query == null || query.isBlank() ? null : query.strip();
		return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size, search);
	}
}
