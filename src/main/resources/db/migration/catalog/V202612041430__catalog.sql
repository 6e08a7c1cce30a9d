create table products (
    id              uuid primary key,
    store_id        uuid        not null references stores (id),
    handle          text        not null,
    brand           text,
    vat_category    text        not null default 'standard'
                    check (vat_category in ('standard', 'intermediate', 'reduced', 'super_reduced')),
    google_category text,
    published       boolean     not null default true,
    images          text[]      not null default '{}',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (store_id, handle)
);

create table product_texts (
    product_id  uuid not null references products (id) on delete cascade,
    language    text not null check (language in ('lb', 'fr', 'de', 'en')),
    title       text not null,
    description text,
    primary key (product_id, language)
);

-- A variant's store is its product's; store_id is repeated for look-ups by SKU and GTIN within a store, and kept
-- equal to the product's by the code that writes both, without a second foreign key to check on every row.
create table variants (
    id            uuid primary key,
    store_id      uuid        not null,
    product_id    uuid        not null references products (id) on delete cascade,
    sku           text        not null,
    position      bigint      not null,
    option_names  text[]      not null default '{}',
    option_values text[]      not null default '{}',
    price_cents   bigint      not null check (price_cents >= 0),
    currency      text        not null default 'EUR',
    gtin          text,
    mpn           text,
    available     boolean     not null,
    quantity      integer     check (quantity >= 0),
    image_url     text,
    updated_at    timestamptz not null default now(),
    unique (store_id, sku)
);

create index variants_product on variants (product_id, position);
create index variants_gtin on variants (store_id, gtin) where gtin is not null;

create index products_listing on products (store_id, created_at, handle);

create table feed_imports (
    id            uuid primary key,
    store_id      uuid        not null references stores (id),
    source_url    text,
    file_name     text,
    file_key      text,
    language      text        not null check (language in ('lb', 'fr', 'de', 'en')),
    status        text        not null default 'queued'
                  check (status in ('queued', 'running', 'completed', 'failed')),
    layout        text,
    rows_read     bigint      not null default 0,
    rows_imported bigint      not null default 0,
    rows_failed   bigint      not null default 0,
    failure       text,
    attempts      integer     not null default 0,
    created_at    timestamptz not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz
);

create index feed_imports_store on feed_imports (store_id, created_at desc);

create table feed_import_errors (
    import_id  uuid   not null references feed_imports (id) on delete cascade,
    row_number bigint not null,
    message    text   not null
);

create index feed_import_errors_import on feed_import_errors (import_id, row_number);
