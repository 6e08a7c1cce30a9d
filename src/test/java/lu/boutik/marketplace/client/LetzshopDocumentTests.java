package lu.boutik.marketplace.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import graphql.language.Argument;
import graphql.language.AstTransformer;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.Validator;

class LetzshopDocumentTests {

	@ParameterizedTest
	@EnumSource(LetzshopDocument.class)
	void isTheResourceFileUnchanged(LetzshopDocument document) throws IOException {

		try (var in = getClass().getClassLoader().getResourceAsStream(document.resource())) {
			var file = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
			assertThat(document.text()).isEqualTo(file);
		}
	}

	@ParameterizedTest
	@EnumSource(LetzshopDocument.class)
	void isValidAgainstTheSchemaFile(LetzshopDocument document) throws IOException {

		var ast = Parser.parse(document.text());
		var errors = new Validator().validateDocument(schema(), ast, Locale.ENGLISH);

		assertThat(errors).isEmpty();
		assertThat(ast.getDefinitionsOfType(OperationDefinition.class)).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(LetzshopDocument.class)
	void takesEveryArgumentFromAVariable(LetzshopDocument document) {

		var literals = new ArrayList<String>();
		new AstTransformer().transform(Parser.parse(document.text()), new NodeVisitorStub() {

			@Override
			public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {

				if (!(node.getValue() instanceof VariableReference)) {
					literals.add(node.getName());
				}
				return TraversalControl.CONTINUE;
			}
		});

		assertThat(literals).isEmpty();
	}

	static graphql.schema.GraphQLSchema schema() throws IOException {

		try (var in = LetzshopDocumentTests.class.getClassLoader().getResourceAsStream("letzshop/schema.graphqls")) {

			var registry = new SchemaParser().parse(new String(Objects.requireNonNull(in).readAllBytes(),
					StandardCharsets.UTF_8));
			return new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
		}
	}
}
