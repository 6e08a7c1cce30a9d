create table customers (
    id                uuid primary key,
    store_id          uuid        not null references stores (id),
    email             text        not null,
    password_hash     text,
    language          text        not null check (language in ('lb', 'fr', 'de', 'en')),
    email_verified_at timestamptz,
    created_at        timestamptz not null default now(),
    unique (store_id, email)
);
