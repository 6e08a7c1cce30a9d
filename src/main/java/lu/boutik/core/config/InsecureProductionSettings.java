package lu.boutik.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Production was asked to start on settings it refuses. The message lists every one of them.
 */
class InsecureProductionSettings extends RuntimeException {

	private final List<InsecureSetting> problems;

	InsecureProductionSettings(List<InsecureSetting> problems) {

		super(describe(problems), null, false, false);
		this.problems = List.copyOf(problems);
	}

	List<InsecureSetting> problems() {
		return problems;
	}

	private static String describe(List<InsecureSetting> problems) {

		var count = problems.size() == 1 ? "1 insecure setting" : problems.size() + " insecure settings";
		return problems.stream()
				.map(problem -> "  - " + problem)
				.collect(Collectors.joining("\n", "Boutik refuses to start on " + count
						+ ":\n", ""));
	}
}
