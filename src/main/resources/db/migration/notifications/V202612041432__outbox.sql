-- Mail waiting to be sent, written in the transaction that decided to send it. The body is erased once sent,
-- since it may carry a link with a live token.
create table outbox_emails (
    id              uuid primary key,
    template        text        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text,
    status          text        not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz
);

create index outbox_emails_due on outbox_emails (next_attempt_at) where status = 'pending';
