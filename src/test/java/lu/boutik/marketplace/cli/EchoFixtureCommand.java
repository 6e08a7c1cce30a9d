package lu.boutik.marketplace.cli;

/**
 * Architecture fixture: a command-line command, which may print to the console.
 */
public class EchoFixtureCommand {

	public void run(String text) {
		System.out.println(text);
		new Printer().print(text);
	}

	public static class Printer {

		void print(String text) {
			System.err.println(text);
		}
	}
}
