package lu.boutik.tenancy;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens stores for merchants under fresh, unique codes.
 */
@Service
public class StoreOpening {

	private static final int ATTEMPTS = 5;

	private final Stores stores;

	StoreOpening(Stores stores) {
		this.stores = stores;
	}

	@Transactional
	public Store open(UUID merchantId, String name, Language defaultLanguage) {

		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			var store = new Store(UUID.randomUUID(), merchantId, StoreCodes.forName(name), name.strip(),
					defaultLanguage, "active");
			if (stores.insertIfCodeFree(store)) {
				return store;
			}
		}
		throw new IllegalStateException("no free store code after " + ATTEMPTS + " attempts");
	}
}
