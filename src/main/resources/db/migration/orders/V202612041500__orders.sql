-- Luxembourg VAT rates by category, with the dates they applied: 2023 had temporarily lower rates.
create table vat_rates (
    country           text    not null,
    category          text    not null check (category in ('standard', 'intermediate', 'reduced', 'super_reduced')),
    rate_basis_points integer not null check (rate_basis_points between 0 and 10000),
    valid_from        date    not null,
    valid_until       date,
    primary key (country, category, valid_from)
);

insert into vat_rates (country, category, rate_basis_points, valid_from, valid_until) values
    ('LU', 'standard', 1700, '2015-01-01', '2022-12-31'),
    ('LU', 'standard', 1600, '2023-01-01', '2023-12-31'),
    ('LU', 'standard', 1700, '2024-01-01', null),
    ('LU', 'intermediate', 1400, '2015-01-01', '2022-12-31'),
    ('LU', 'intermediate', 1300, '2023-01-01', '2023-12-31'),
    ('LU', 'intermediate', 1400, '2024-01-01', null),
    ('LU', 'reduced', 800, '2015-01-01', '2022-12-31'),
    ('LU', 'reduced', 700, '2023-01-01', '2023-12-31'),
    ('LU', 'reduced', 800, '2024-01-01', null),
    ('LU', 'super_reduced', 300, '2015-01-01', null);

create table orders (
    id                  uuid primary key,
    store_id            uuid        not null references stores (id),
    number              text        not null,
    channel             text        not null check (channel in ('storefront', 'letzshop')),
    external_id         text,
    external_number     text,
    status              text        not null
        check (status in ('new', 'confirmed', 'shipped', 'delivered', 'cancelled')),
    email               text        not null,
    locale              text,
    ship_name           text        not null,
    ship_street         text        not null,
    ship_postal_code    text        not null,
    ship_city           text        not null,
    ship_country        text        not null,
    currency            text        not null,
    total_net_cents     bigint      not null,
    total_vat_cents     bigint      not null,
    total_gross_cents   bigint      not null,
    placed_at           timestamptz not null,
    shipped_at          timestamptz,
    delivered_at        timestamptz,
    tracking_carrier    text,
    tracking_number     text,
    unique (store_id, number),
    unique (store_id, channel, external_id)
);

create index orders_store_placed on orders (store_id, placed_at desc, id);

create table order_lines (
    order_id              uuid    not null references orders (id) on delete cascade,
    line_number           integer not null,
    sku                   text    not null,
    title                 text    not null,
    quantity              integer not null check (quantity > 0),
    unit_gross_cents      bigint  not null,
    vat_rate_basis_points integer not null,
    net_cents             bigint  not null,
    vat_cents             bigint  not null,
    gross_cents           bigint  not null,
    primary key (order_id, line_number)
);

create table order_status_changes (
    order_id    uuid        not null references orders (id) on delete cascade,
    from_status text,
    to_status   text        not null,
    changed_at  timestamptz not null
);

create index order_status_changes_order on order_status_changes (order_id, changed_at);
