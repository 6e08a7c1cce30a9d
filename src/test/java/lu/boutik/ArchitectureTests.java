package lu.boutik;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;

import lu.boutik.core.SecureCodes;
import lu.boutik.marketplace.cli.EchoFixtureCommand;
import lu.boutik.marketplace.cli.EchoFixtureHelper;

/**
 * Rules that hold for all of Boutik's main code, each proven able to fail on a small class that breaks it.
 */
class ArchitectureTests {

	/** Where the one guarded outbound HTTP client lives. */
	static final String GUARDED_CLIENT = "lu.boutik.core.http..";

	/**
	 * The one exemption from the console rule: command-line tools of the marketplace, whose output is the console.
	 * A class qualifies when it sits in {@code lu.boutik.marketplace.cli} and it, or the class it is nested in, is
	 * named {@code *Command}.
	 */
	static final DescribedPredicate<JavaClass> COMMAND_LINE_COMMANDS = DescribedPredicate.describe(
			"command-line commands (lu.boutik.marketplace.cli.*Command)",
			type -> type.getPackageName().equals("lu.boutik.marketplace.cli")
					&& type.getName().replaceFirst("\\$.*$", "").endsWith("Command"));

	static final ArchRule NO_PREDICTABLE_RANDOMNESS = noClasses()
			.should().dependOnClassesThat().belongToAnyOf(Random.class, ThreadLocalRandom.class,
					SplittableRandom.class, RandomGeneratorFactory.class)
			.orShould().callMethod(Math.class, "random")
			.orShould().callMethod(StrictMath.class, "random")
			.orShould().callMethod(RandomGenerator.class, "getDefault")
			.orShould().callMethod(RandomGenerator.class, "of", String.class)
			.orShould().callMethod(Collections.class, "shuffle", List.class)
			.because("whatever must not be guessed draws from lu.boutik.core.SecureCodes");

	static final ArchRule SECURE_RANDOM_ONLY_IN_SECURE_CODES = noClasses()
			.that().doNotHaveFullyQualifiedName(SecureCodes.class.getName())
			.should().dependOnClassesThat().areAssignableTo(SecureRandom.class)
			.because("SecureCodes is the one source of randomness for secrets");

	static final ArchRule NO_FIELD_INJECTION = noFields()
			.that().areDeclaredInClassesThat(DescribedPredicate.not(DescribedPredicate.describe("records",
					JavaClass::isRecord)))
			.should().beAnnotatedWith(Autowired.class)
			.orShould().beAnnotatedWith(Value.class)
			.orShould().beAnnotatedWith("jakarta.inject.Inject")
			.orShould().beAnnotatedWith("jakarta.annotation.Resource")
			.because("dependencies arrive through constructors");

	static final ArchRule OUTBOUND_HTTP_ONLY_THROUGH_THE_GUARDED_CLIENT = noClasses()
			.that().resideOutsideOfPackage(GUARDED_CLIENT)
			.should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.web.client..",
					"org.springframework.web.reactive.function.client..", "org.springframework.http.client..",
					"org.springframework.web.service.invoker..", "okhttp3..", "org.apache.hc.client5..",
					"org.apache.http.client..", "org.apache.http.impl.client..", "reactor.netty.http.client..",
					"feign..", "retrofit2..")
			.orShould().dependOnClassesThat().areAssignableTo(URLConnection.class)
			.orShould().dependOnClassesThat().areAssignableTo(Socket.class)
			.orShould().dependOnClassesThat().areAssignableTo(SocketChannel.class)
			.orShould().callMethodWhere(target(owner(assignableTo(URL.class)))
					.and(target(name("openConnection")).or(target(name("openStream"))).or(target(name("getContent")))))
			.because("every outbound fetch goes through the one client that checks its destination");

	static final ArchRule NO_CONSOLE_OUTPUT = noClasses()
			.that(DescribedPredicate.not(COMMAND_LINE_COMMANDS))
			.should().accessField(System.class, "out")
			.orShould().accessField(System.class, "err")
			.orShould().callMethodWhere(target(owner(assignableTo(Throwable.class)))
					.and(target(name("printStackTrace"))))
			.because("the platform speaks through its log, which can be shipped, filtered and scrubbed");

	private static final JavaClasses MAIN = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("lu.boutik");

	@Test
	void mainCodeDrawsNoPredictableRandomness() {
		NO_PREDICTABLE_RANDOMNESS.check(MAIN);
	}

	@Test
	void onlySecureCodesHoldsASecureRandom() {
		SECURE_RANDOM_ONLY_IN_SECURE_CODES.check(MAIN);
	}

	@Test
	void mainCodeInjectsThroughConstructorsOnly() {
		NO_FIELD_INJECTION.check(MAIN);
	}

	@Test
	void mainCodeConnectsOutOnlyThroughTheGuardedClient() {
		OUTBOUND_HTTP_ONLY_THROUGH_THE_GUARDED_CLIENT.check(MAIN);
	}

	@Test
	void mainCodeWritesToTheLogNotTheConsole() {
		NO_CONSOLE_OUTPUT.check(MAIN);
	}

	@Test
	void reportsEveryKindOfPredictableRandomness() {

		var result = evaluate(NO_PREDICTABLE_RANDOMNESS, RollsWithRandom.class, RollsWithThreadLocalRandom.class,
				RollsWithMathRandom.class, ShufflesWithHiddenRandom.class);

		assertThat(details(result)).anyMatch(line -> line.contains("RollsWithRandom") && line.contains("Random"))
				.anyMatch(line -> line.contains("RollsWithThreadLocalRandom"))
				.anyMatch(line -> line.contains("RollsWithMathRandom") && line.contains("Math.random()"))
				.anyMatch(line -> line.contains("ShufflesWithHiddenRandom") && line.contains("shuffle"));
	}

	@Test
	void reportsASecureRandomOutsideSecureCodes() {

		var result = evaluate(SECURE_RANDOM_ONLY_IN_SECURE_CODES, MintsOwnTokens.class, SecureCodes.class);

		assertThat(details(result)).isNotEmpty()
				.allMatch(line -> line.contains("MintsOwnTokens") && line.contains("SecureRandom"));
	}

	@Test
	void reportsFieldInjection() {

		var result = evaluate(NO_FIELD_INJECTION, InjectedIntoFields.class, InjectedThroughConstructor.class);

		assertThat(details(result)).hasSize(2).allMatch(line -> line.contains("InjectedIntoFields"));
	}

	@Test
	void reportsOutboundHttpOutsideTheGuardedClient() {

		var result = evaluate(OUTBOUND_HTTP_ONLY_THROUGH_THE_GUARDED_CLIENT, FetchesWithJdkClient.class,
				FetchesWithUrl.class, FetchesWithRestClient.class, FetchesWithApacheClient.class);

		assertThat(details(result)).anyMatch(line -> line.contains("FetchesWithJdkClient")
				&& line.contains("java.net.http.HttpClient"))
				.anyMatch(line -> line.contains("FetchesWithUrl") && line.contains("openStream"))
				.anyMatch(line -> line.contains("FetchesWithRestClient") && line.contains("RestClient"))
				.anyMatch(line -> line.contains("FetchesWithApacheClient") && line.contains("HttpClients"));
	}

	@Test
	void reportsConsoleOutputOutsideCommandLineCommands() {

		var result = evaluate(NO_CONSOLE_OUTPUT, PrintsToConsole.class, EchoFixtureHelper.class,
				EchoFixtureCommand.class, EchoFixtureCommand.Printer.class);

		assertThat(details(result))
				.anyMatch(line -> line.contains("PrintsToConsole") && line.contains("System.out"))
				.anyMatch(line -> line.contains("PrintsToConsole") && line.contains("printStackTrace"))
				.anyMatch(line -> line.contains("EchoFixtureHelper"))
				.noneMatch(line -> line.contains("EchoFixtureCommand"));
	}

	private static EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {

		var result = rule.evaluate(new ClassFileImporter().importClasses(fixtures));
		assertThat(result.hasViolation()).as("%s reports its fixtures", rule.getDescription()).isTrue();
		return result;
	}

	private static List<String> details(EvaluationResult result) {
		return result.getFailureReport().getDetails();
	}

	static class RollsWithRandom {

		int roll() {
			return new Random().nextInt(6);
		}
	}

	static class RollsWithThreadLocalRandom {

		int roll() {
			return ThreadLocalRandom.current().nextInt(6);
		}
	}

	static class RollsWithMathRandom {

		double roll() {
			return Math.random();
		}
	}

	static class ShufflesWithHiddenRandom {

		void shuffle(List<String> codes) {
			Collections.shuffle(codes);
		}
	}

	static class MintsOwnTokens {

		private final SecureRandom random = new SecureRandom();

		long token() {
			return random.nextLong();
		}
	}

	static class InjectedIntoFields {

		@Autowired
		Object dependency;

		@Value("${boutik.public-base-url}")
		String baseUrl;
	}

	static class InjectedThroughConstructor {

		private final Object dependency;

		InjectedThroughConstructor(@Value("${boutik.public-base-url}") Object dependency) {
			this.dependency = dependency;
		}

		Object dependency() {
			return dependency;
		}
	}

	static class FetchesWithJdkClient {

		Object fetch() {
			return HttpClient.newHttpClient();
		}
	}

	static class FetchesWithUrl {

		Object fetch() throws Exception {
			return URI.create("http://127.0.0.1/").toURL().openStream();
		}
	}

	static class FetchesWithRestClient {

		Object fetch() {
			return RestClient.create();
		}
	}

	static class FetchesWithApacheClient {

		Object fetch() {
			return HttpClients.createDefault();
		}
	}

	static class PrintsToConsole {

		void report(Exception failure) {
			System.out.println("failed");
			failure.printStackTrace();
		}
	}
}
