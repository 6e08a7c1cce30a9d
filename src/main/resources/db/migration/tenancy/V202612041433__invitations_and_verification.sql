-- Invited accounts have no password until they accept; every account has a mail language and a verified address.
alter table admins alter column password_hash drop not null;
alter table admins add column email_verified_at timestamptz;
alter table admins add column language text not null default 'en' check (language in ('lb', 'fr', 'de', 'en'));

alter table merchant_accounts alter column password_hash drop not null;
alter table merchant_accounts add column email_verified_at timestamptz;
alter table merchant_accounts add column language text not null default 'en'
    check (language in ('lb', 'fr', 'de', 'en'));

alter table store_members alter column password_hash drop not null;
alter table store_members add column email_verified_at timestamptz;
alter table store_members add column language text not null default 'en'
    check (language in ('lb', 'fr', 'de', 'en'));
