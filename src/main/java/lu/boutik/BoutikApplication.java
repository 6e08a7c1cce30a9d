package lu.boutik;

import lu.boutik.marketplace.LetzshopCommands;
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

		if (LetzshopCommands.isCommand(args)) {
			System.exit(LetzshopCommands.run(args));
		}
		SpringApplication.run(BoutikApplication.class, args);
	}
}
