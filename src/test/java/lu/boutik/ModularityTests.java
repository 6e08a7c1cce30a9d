package lu.boutik;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesDependOnlyOnEachOthersPublicApi() {
		ApplicationModules.of(BoutikApplication.class).verify();
	}
}
