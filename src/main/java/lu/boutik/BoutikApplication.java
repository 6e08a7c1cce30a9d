package lu.boutik;

import lu.boutik.marketplace.cli.LetzshopCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Boutik platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BoutikApplication {

	public static void main(String[] args) {

		if (LetzshopCommand.isCommand(args)) {
			System.exit(LetzshopCommand.run(args));
		}
		SpringApplication.run(BoutikApplication.class, args);
	}
}
