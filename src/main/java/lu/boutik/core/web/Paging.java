package lu.boutik.core.web;

import org.jspecify.annotations.Nullable;

/**
 * The page a listing asks for, the same for every listing of the API: pages count from 1, and a page holds at most
 * {@value #MAX_SIZE} items.
 */
public record Paging(int page, int size, @Nullable String query) {

	public static final int MAX_SIZE = 100;
	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_QUERY = 200;

	public static Paging of(@Nullable Integer page, @Nullable Integer size, @Nullable String query) {

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
