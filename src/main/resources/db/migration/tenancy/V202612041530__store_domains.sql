-- Custom storefront domains. Only a verified domain ever resolves to its store.
create table store_domains (
    domain      text primary key,
    store_id    uuid        not null references stores (id),
    verified_at timestamptz,
    created_at  timestamptz not null default now()
);

create index store_domains_store on store_domains (store_id);
