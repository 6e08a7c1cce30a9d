package lu.boutik.marketplace.cli;

/**
 * Architecture fixture: a helper beside the commands that is no command itself, so it may not print.
 */
public class EchoFixtureHelper {

	public void run(String text) {
		System.out.println(text);
	}
}
