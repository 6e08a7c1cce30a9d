create table admins (
    id            uuid primary key,
    email         text        not null unique,
    password_hash text        not null,
    role          text        not null check (role in ('super_admin', 'platform_admin')),
    created_at    timestamptz not null default now()
);

create table merchants (
    id                    uuid primary key,
    name                  text        not null,
    legal_name            text,
    legal_address         text,
    trade_register_number text,
    vat_number            text,
    created_at            timestamptz not null default now()
);

create table merchant_accounts (
    id            uuid primary key,
    merchant_id   uuid        not null references merchants (id),
    email         text        not null unique,
    password_hash text        not null,
    created_at    timestamptz not null default now()
);

create table stores (
    id               uuid primary key,
    merchant_id      uuid        not null references merchants (id),
    code             text        not null unique,
    name             text        not null,
    default_language text        not null check (default_language in ('lb', 'fr', 'de', 'en')),
    status           text        not null default 'active' check (status in ('active', 'suspended', 'closed')),
    created_at       timestamptz not null default now()
);

create index stores_merchant on stores (merchant_id);

create table store_members (
    id            uuid primary key,
    store_id      uuid        not null references stores (id),
    email         text        not null,
    password_hash text        not null,
    role          text        not null check (role in ('owner', 'manager', 'staff')),
    created_at    timestamptz not null default now(),
    unique (store_id, email)
);
