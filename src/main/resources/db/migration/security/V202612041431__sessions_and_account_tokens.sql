-- One row per sign-in: the family of refresh tokens it hands out. Revoking it ends every token of the family.
create table auth_sessions (
    id         uuid primary key,
    realm      text        not null,
    account_id uuid        not null,
    tenant_id  uuid,
    store_code text,
    roles      text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);

create index auth_sessions_account on auth_sessions (realm, account_id) where revoked_at is null;

-- Refresh tokens are stored as SHA-256 hashes; a used one stays to recognise its reuse.
create table refresh_tokens (
    token_hash bytea primary key,
    session_id uuid        not null references auth_sessions (id) on delete cascade,
    issued_at  timestamptz not null,
    used_at    timestamptz
);

create index refresh_tokens_session on refresh_tokens (session_id);

-- Single-use links sent by mail: email verification, invitation, password reset. Stored as SHA-256 hashes.
create table account_tokens (
    token_hash bytea primary key,
    purpose    text        not null check (purpose in ('verification', 'invitation', 'password_reset')),
    realm      text        not null,
    account_id uuid        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index account_tokens_account on account_tokens (realm, account_id, purpose) where used_at is null;
