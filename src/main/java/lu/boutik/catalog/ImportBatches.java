package lu.boutik.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves the products an import has gathered, a batch per transaction. Should a batch fail as a whole, its products are
 * saved one by one, so that a product the database refuses costs only its own rows.
 */
@Component
class ImportBatches {

	private static final Logger LOG = LoggerFactory.getLogger(ImportBatches.class);

	private final Products products;
	private final FeedImports imports;
	private final TransactionTemplate transactions;

	ImportBatches(Products products, FeedImports imports, TransactionTemplate transactions) {

		this.products = products;
		this.imports = imports;
		this.transactions = transactions;
	}

	/** @return the products that could not be saved */
	List<ProductDraft> save(UUID importId, UUID storeId, List<ProductDraft> batch) {

		try {
			inTransaction(storeId, batch);
			return List.of();
		}
		catch (DataAccessException | UncheckedSqlFailure exception) {
			LOG.warn("A batch of import {} failed; saving its {} products one by one.", importId, batch.size(),
					exception);
		}

		var refused = new ArrayList<ProductDraft>();
		for (var product : batch) {
			try {
				inTransaction(storeId, List.of(product));
			}
			catch (DataAccessException | UncheckedSqlFailure exception) {
				LOG.warn("Import {} could not save the product of row {}.", importId, product.firstRow, exception);
				refused.add(product);
			}
		}
		return refused;
	}

	void progress(UUID importId, long read, long imported, long failed, List<FeedImport.RowError> errors) {
		transactions.executeWithoutResult(status -> imports.progress(importId, null, read, imported, failed, errors));
	}

	private void inTransaction(UUID storeId, List<ProductDraft> batch) {

		transactions.executeWithoutResult(status -> {
			try {
				products.save(storeId, batch);
			}
			catch (SQLException exception) {
				throw new UncheckedSqlFailure(exception);
			}
		});
	}

	/** A failed copy, carried out of the transaction callback. */
	static final class UncheckedSqlFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UncheckedSqlFailure(SQLException cause) {
			super(cause);
		}
	}
}
