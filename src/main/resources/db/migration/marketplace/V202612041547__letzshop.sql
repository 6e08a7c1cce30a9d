-- A store's connection to Letzshop. The API key is sealed (AES-GCM, with the id of the key that sealed it) and
-- never leaves the database in clear; the last four characters are kept apart so a member can recognise the key.
create table letzshop_connections (
    store_id          uuid primary key references stores (id),
    endpoint          text        not null,
    api_key_sealed    text,
    api_key_hint      text,
    vendor_id         text unique,
    vendor_name       text,
    enabled           boolean     not null default false,
    sync_every_minutes integer    not null default 60 check (sync_every_minutes between 15 and 1440),
    updated_at        timestamptz not null default now()
);

-- Every shipment imported, with the order it became and what Boutik last sent for it. Tracking is kept here as
-- well because Letzshop has been seen to lose it.
create table letzshop_shipments (
    store_id         uuid        not null references stores (id),
    shipment_id      text        not null,
    number           text        not null,
    order_number     text        not null,
    state            text        not null check (state in ('unconfirmed', 'confirmed', 'declined')),
    order_id         uuid        not null,
    fingerprint      text        not null,
    tracking_carrier text,
    tracking_code    text,
    tracking_sent_at timestamptz,
    imported_at      timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    primary key (store_id, shipment_id)
);

create index letzshop_shipments_order on letzshop_shipments (store_id, order_id);

-- One row per inventory unit: one item of one variant.
create table letzshop_units (
    store_id     uuid        not null references stores (id),
    unit_id      text        not null,
    shipment_id  text        not null,
    variant_id   text        not null,
    sku          text,
    gtin         text,
    state        text        not null
        check (state in ('unconfirmed', 'confirmed_available', 'confirmed_unavailable', 'returned')),
    matched_sku  text,
    decided_at   timestamptz,
    primary key (store_id, unit_id),
    foreign key (store_id, shipment_id) references letzshop_shipments (store_id, shipment_id)
);

create index letzshop_units_shipment on letzshop_units (store_id, shipment_id);

-- Variants of a shipment that matched no product of the store, neither by GTIN nor by SKU, until a member says
-- which product they are.
create table letzshop_exceptions (
    id           uuid primary key,
    store_id     uuid        not null references stores (id),
    shipment_id  text        not null,
    variant_id   text        not null,
    sku          text,
    gtin         text,
    title        text        not null,
    units        integer     not null,
    status       text        not null default 'open' check (status in ('open', 'resolved')),
    resolved_sku text,
    resolved_by  uuid,
    resolved_at  timestamptz,
    created_at   timestamptz not null default now(),
    unique (store_id, shipment_id, variant_id)
);

create index letzshop_exceptions_open on letzshop_exceptions (store_id, status, created_at);

-- Every sync, scheduled or asked for, with what it did.
create table letzshop_sync_runs (
    id                uuid primary key,
    store_id          uuid        not null references stores (id),
    trigger           text        not null check (trigger in ('scheduled', 'manual')),
    status            text        not null check (status in ('running', 'succeeded', 'failed')),
    started_at        timestamptz not null,
    finished_at       timestamptz,
    pages             integer     not null default 0,
    shipments_seen    integer     not null default 0,
    orders_created    integer     not null default 0,
    orders_updated    integer     not null default 0,
    exceptions_opened integer     not null default 0,
    failure           text
);

create index letzshop_sync_runs_store on letzshop_sync_runs (store_id, started_at desc);

-- One run at a time per store, whichever instance runs it.
create unique index letzshop_sync_runs_one_running on letzshop_sync_runs (store_id) where status = 'running';
