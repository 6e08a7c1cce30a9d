package lu.boutik.tenancy;

import java.util.Optional;
import java.util.UUID;

import lu.boutik.security.Account;
import lu.boutik.security.AccountDirectory;
import lu.boutik.security.Realm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The account directories of the three staff realms: platform admins, merchant owners and store members. Staff may
 * sign in before verifying their address, since an admin or an owner vouched for it.
 */
@Configuration(proxyBeanMethods = false)
class StaffDirectories {

	@Bean
	AccountDirectory adminDirectory(Accounts accounts) {
		return new Directory(Realm.ADMIN, "admins", "/admin", accounts) {

			@Override
			public Optional<Account> find(String scope, String email) {
				return accounts.admin(email);
			}

			@Override
			public Optional<Account> byId(UUID id) {
				return accounts.adminById(id);
			}
		};
	}

	@Bean
	AccountDirectory merchantOwnerDirectory(Accounts accounts) {
		return new Directory(Realm.MERCHANT, "merchant_accounts", "/merchants", accounts) {

			@Override
			public Optional<Account> find(String scope, String email) {
				return accounts.merchantOwner(email);
			}

			@Override
			public Optional<Account> byId(UUID id) {
				return accounts.merchantOwnerById(id);
			}
		};
	}

	@Bean
	AccountDirectory storeMemberDirectory(Accounts accounts) {
		return new Directory(Realm.STORE, "store_members", "/store", accounts) {

			@Override
			public Optional<Account> find(String scope, String email) {
				return accounts.storeMember(scope, email);
			}

			@Override
			public Optional<Account> byId(UUID id) {
				return accounts.storeMemberById(id);
			}
		};
	}

	private abstract static class Directory implements AccountDirectory {

		private final Realm realm;
		private final String table;
		private final String pagesPath;
		private final Accounts accounts;

		Directory(Realm realm, String table, String pagesPath, Accounts accounts) {

			this.realm = realm;
			this.table = table;
			this.pagesPath = pagesPath;
			this.accounts = accounts;
		}

		@Override
		public Realm realm() {
			return realm;
		}

		@Override
		public void changePassword(UUID id, String passwordHash) {
			accounts.changePassword(table, id, passwordHash);
		}

		@Override
		public void markVerified(UUID id) {
			accounts.markVerified(table, id);
		}

		@Override
		public String pagesPath(Account account) {
			return pagesPath;
		}
	}
}
