package lu.boutik.marketplace.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Fails the build when main code could send Letzshop a GraphQL document made at run time: documents exist only as
 * the constants of {@link LetzshopDocument}, read from resource files, and only serialisation reads their text.
 */
class GraphQlDocumentRulesTests {

	static final JavaClasses MAIN = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("lu.boutik");

	/** A GraphQL operation, fragment or selection written inside a Java string. */
	static final Pattern DOCUMENT_IN_A_STRING = Pattern.compile(
			"\\b(query|mutation|subscription)\\s*([_A-Za-z]\\w*\\s*)?(\\([^)]*\\)\\s*)?\\{\\s*[_A-Za-z]"
					+ "|\\bfragment\\s+\\w+\\s+on\\s+\\w+"
					+ "|\\{\\s*[_A-Za-z]\\w*\\s*(\\([^)]*\\$\\w+|\\{\\s*[_A-Za-z])"
					+ "|\\.\\.\\.\\s*on\\s+[A-Z]\\w*");

	static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"");

	@Test
	void documentsAreACompileTimeSet() {
		classes().that().areAssignableTo(LetzshopDocument.class).should().beEnums().check(MAIN);
	}

	@Test
	void onlySerialisationReadsADocumentsText() {

		noClasses().that().doNotBelongToAnyOf(LetzshopDocument.class)
				.should().callMethod(LetzshopDocument.class, "text")
				.because("a document's text must reach Letzshop exactly as its resource file holds it")
				.check(MAIN);
	}

	@Test
	void theRequestCarriesADocumentNotAString() {

		fields().that().areDeclaredIn(LetzshopClient.GraphQlRequest.class).and().haveName("query")
				.should().haveRawType(LetzshopDocument.class)
				.check(MAIN);
	}

	@Test
	void onlyTheClientSendsRequests() {

		noClasses().that().doNotBelongToAnyOf(LetzshopClient.class)
				.should().callMethodWhere(JavaCall.Predicates.target(
						DescribedPredicate.describe("LetzshopTransport.post",
								target -> target.getName().equals("post")
										&& target.getOwner().isAssignableTo(LetzshopTransport.class))))
				.check(MAIN);
	}

	@Test
	void mainCodeBuildsNoGraphQlSyntaxTree() {

		noClasses().should().dependOnClassesThat().resideInAnyPackage("graphql..")
				.because("documents are resource files, never assembled or printed from a syntax tree")
				.check(MAIN);
	}

	@Test
	void noMainSourceHoldsADocumentInAString() throws IOException {

		try (var sources = Files.walk(Path.of("src/main/java"))) {

			var offenders = sources.filter(it -> it.toString().endsWith(".java"))
					.flatMap(GraphQlDocumentRulesTests::documentLikeLiterals)
					.toList();

			assertThat(offenders).isEmpty();
		}
	}

	@Test
	void everyDocumentFileIsAConstant() throws IOException {

		try (var files = Files.list(Path.of("src/main/resources", LetzshopDocument.FOLDER))) {

			var documents = files.map(it -> LetzshopDocument.FOLDER + it.getFileName())
					.filter(it -> it.endsWith(".graphql")).sorted().toList();
			var constants = Arrays.stream(LetzshopDocument.values()).map(LetzshopDocument::resource).sorted().toList();

			assertThat(documents).isEqualTo(constants);
		}
	}

	@Test
	void recognisesDocumentsWrittenInStrings() {

		assertThat(List.of("query { shipments { nodes { id } } }", "mutation M($i: X!) { m(input: $i) { id } }",
				"{ shipment(id: $id) { id } }", "fragment F on Shipment", "... on Brand { name }"))
				.allMatch(it -> DOCUMENT_IN_A_STRING.matcher(it).find());
		assertThat(List.of("select id from orders where id = ?", "Imported {} shipments for store {}",
				"{\"query\": 1}", "letzshop/"))
				.noneMatch(it -> DOCUMENT_IN_A_STRING.matcher(it).find());
	}

	private static Stream<String> documentLikeLiterals(Path source) {

		try {
			var text = Files.readString(source);
			return STRING_LITERAL.matcher(text).results().map(it -> it.group())
					.filter(it -> DOCUMENT_IN_A_STRING.matcher(it).find())
					.map(it -> source + ": " + it);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
