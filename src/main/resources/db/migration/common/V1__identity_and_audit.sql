-- People are keyed on their identity provider's issuer + subject, never on e-mail.
create sequence person_seq start with 1 increment by 50;
create table person (
    id              bigint       not null primary key,
    issuer          varchar(255) not null,
    subject         varchar(255) not null,
    username        varchar(100) not null,
    display_name    varchar(200) not null,
    email           varchar(320),
    password_hash   varchar(100),
    roles           varchar(200) not null default '',
    enabled         boolean      not null default true,
    created_at      timestamp with time zone not null,
    last_login_at   timestamp with time zone,
    version         integer      not null default 0,
    constraint person_identity_uk unique (issuer, subject)
);
create index person_username_idx on person (username);

-- Sessions of the embedded (demo) sign-in. Only the SHA-256 of the cookie value is stored.
create table web_session (
    token_hash      varchar(64)  not null primary key,
    person_id       bigint       not null references person (id),
    created_at      timestamp with time zone not null,
    last_seen_at    timestamp with time zone not null,
    expires_at      timestamp with time zone not null
);
create index web_session_person_idx on web_session (person_id);

-- Append-only, hash-chained audit log. audit_head holds the end of the chain and is locked by every append,
-- so that entries written by several instances still form one chain.
create table audit_entry (
    seq                 bigint        not null primary key,
    occurred_at         timestamp with time zone not null,
    actor_id            bigint,
    actor_name          varchar(200)  not null,
    actor_roles         varchar(200)  not null,
    action              varchar(80)   not null,
    object_type         varchar(60)   not null,
    object_id           varchar(100),
    detail              varchar(2000),
    fingerprint_before  varchar(64),
    fingerprint_after   varchar(64),
    previous_hash       varchar(64)   not null,
    hash                varchar(64)   not null
);
create index audit_entry_actor_idx on audit_entry (actor_name, seq);
create index audit_entry_action_idx on audit_entry (action, seq);
create index audit_entry_object_idx on audit_entry (object_type, object_id, seq);
create index audit_entry_time_idx on audit_entry (occurred_at);

create table audit_head (
    id          integer      not null primary key,
    last_seq    bigint       not null,
    last_hash   varchar(64)  not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
