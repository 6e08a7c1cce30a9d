package lu.boutik.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lu.boutik.tenancy.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feed imports of all stores, with their progress and the rows they refused.
 */
@Repository
class FeedImports {

	/** Refused rows kept per import, so that a feed of nothing but bad rows cannot fill the database. */
	static final int MAX_ERRORS = 1000;

	private static final String COLUMNS = "id, store_id, status, layout, source_url, file_name, rows_read,"
			+ " rows_imported, rows_failed, failure, created_at, finished_at";

	private final JdbcClient jdbc;

	FeedImports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a job needs to run an import. */
	record Source(UUID storeId, String status, @Nullable String sourceUrl, @Nullable String fileKey,
			Language language) {
	}

	void add(UUID id, UUID storeId, @Nullable String sourceUrl, @Nullable String fileName, @Nullable String fileKey,
			Language language) {

		jdbc.sql("""
				insert into feed_imports (id, store_id, source_url, file_name, file_key, language)
				values (?, ?, ?, ?, ?, ?)""")
				.params(id, storeId, sourceUrl, fileName, fileKey, language.code())
				.update();
	}

	Optional<FeedImport> byId(UUID storeId, UUID id) {

		return jdbc.sql("select " + COLUMNS + " from feed_imports where id = ? and store_id = ?")
				.params(id, storeId)
				.query((row, number) -> map(row, errorsOf(id)))
				.optional();
	}

	List<FeedImport> latest(UUID storeId, int limit) {

		return jdbc.sql("select " + COLUMNS + " from feed_imports where store_id = ? order by created_at desc limit ?")
				.params(storeId, limit)
				.query((row, number) -> map(row, List.of()))
				.list();
	}

	Optional<Source> source(UUID id) {

		return jdbc.sql("select store_id, status, source_url, file_key, language from feed_imports where id = ?")
				.param(id)
				.query((row, number) -> new Source(row.getObject("store_id", UUID.class), row.getString("status"),
						row.getString("source_url"), row.getString("file_key"),
						Language.of("language", row.getString("language"))))
				.optional();
	}

	/**
	 * Starts, or starts again after an interruption: whatever an earlier attempt counted is forgotten.
	 *
	 * @return the number of this attempt, from 1
	 */
	int running(UUID id) {

		jdbc.sql("delete from feed_import_errors where import_id = ?").param(id).update();
		return jdbc.sql("""
				update feed_imports set status = 'running', rows_read = 0, rows_imported = 0, rows_failed = 0,
				    failure = null, started_at = now(), attempts = attempts + 1 where id = ?
				returning attempts""")
				.param(id).query(Integer.class).single();
	}

	void fetched(UUID id, String fileKey) {
		jdbc.sql("update feed_imports set file_key = ? where id = ?").params(fileKey, id).update();
	}

	void progress(UUID id, @Nullable String layout, long read, long imported, long failed,
			List<FeedImport.RowError> errors) {

		jdbc.sql("""
				update feed_imports set layout = coalesce(?, layout), rows_read = ?, rows_imported = ?, rows_failed = ?
				where id = ?""")
				.params(layout, read, imported, failed, id).update();
		for (var error : errors) {
			jdbc.sql("insert into feed_import_errors (import_id, row_number, message) values (?, ?, ?)")
					.params(id, error.row(), error.message()).update();
		}
	}

	void completed(UUID id) {
		jdbc.sql("update feed_imports set status = 'completed', finished_at = now() where id = ?").param(id).update();
	}

	void failed(UUID id, String reason) {

		jdbc.sql("update feed_imports set status = 'failed', failure = ?, finished_at = now() where id = ?")
				.params(reason, id).update();
	}

	private List<FeedImport.RowError> errorsOf(UUID id) {

		return jdbc.sql("select row_number, message from feed_import_errors where import_id = ? order by row_number")
				.param(id)
				.query((row, number) -> new FeedImport.RowError(row.getLong("row_number"), row.getString("message")))
				.list();
	}

	private static FeedImport map(ResultSet row, List<FeedImport.RowError> errors) throws SQLException {

		var finished = row.getTimestamp("finished_at");
		return new FeedImport(row.getObject("id", UUID.class), row.getObject("store_id", UUID.class),
				row.getString("status"), row.getString("layout"), row.getString("source_url"),
				row.getString("file_name"), row.getLong("rows_read"), row.getLong("rows_imported"),
				row.getLong("rows_failed"), errors, row.getString("failure"),
				row.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
	}
}
