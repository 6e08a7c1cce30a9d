package lu.boutik.orders;

import java.time.LocalDate;

import lu.boutik.core.web.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Luxembourg's VAT rates as data with the dates they applied, so an order keeps the rate of its own day.
 */
@Repository
class VatRates {

	private final JdbcClient jdbc;

	VatRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int basisPointsOn(String category, LocalDate day) {
		return jdbc.sql("""
				select rate_basis_points from vat_rates
				where country = 'LU' and category = ? and valid_from <= ? and (valid_until is null or valid_until >= ?)""")
				.params(category, day, day)
				.query(Integer.class)
				.optional()
				.orElseThrow(() -> Problem.invalidField("vat_category",
						"one of standard, intermediate, reduced, super_reduced"));
	}
}
