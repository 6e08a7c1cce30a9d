package lu.boutik.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's), driven over WebDriver, that records every Content Security Policy violation
 * a page causes. The listener is installed before any of the page's own scripts run, which the page's policy cannot
 * block.
 */
public final class Browser implements AutoCloseable {

	private static final String LISTENER = """
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
			    e.violatedDirective + ' ' + (e.blockedURI || 'inline')));""";

	private final Path profile;
	private final ChromeDriver driver;

	public Browser() {

		try {
			profile = Files.createTempDirectory("boutik-chromium");
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}

		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
				// Pages may name images on other hosts; the browser resolves no name but loopback's, so sends nothing.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver")
				.toFile()).build();
		driver = new ChromeDriver(service, options);
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
	}

	public ChromeDriver driver() {
		return driver;
	}

	public void open(String url) {
		driver.get(url);
	}

	/** Saves what a screen of {@code width} by {@code height} CSS pixels shows, as a PNG. */
	public void screenshot(Path file, int width, int height) {

		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
				"deviceScaleFactor", 1, "mobile", width < 600));
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	@SuppressWarnings("unchecked")
	public List<String> cspViolations() {
		return (List<String>) driver.executeScript("return window.__cspViolations || [];");
	}

	@Override
	public void close() {

		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
