-- The queue of posts (issue 4). Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- Near-identical texts pushed by several accounts.
create sequence cluster_seq start with 1 increment by 50;
create table post_cluster (
    id              bigint        not null primary key,
    excerpt         varchar(200)  not null,
    created_at      timestamp with time zone not null,
    version         integer       not null default 0
);

create sequence post_seq start with 1 increment by 50;
create table post (
    id                  bigint         not null primary key,
    platform            varchar(20)    not null,
    platform_id         varchar(200)   not null,
    url                 varchar(2000),
    author_handle       varchar(200),
    author_name         varchar(200),
    text                varchar(10000) not null,
    language            varchar(8)     not null,
    media_description   varchar(2000),
    posted_at           timestamp with time zone not null,
    captured_at         timestamp with time zone not null,
    followers           bigint         not null default 0,
    views               bigint         not null default 0,
    shares              bigint         not null default 0,
    reactions           bigint         not null default 0,
    source              varchar(20)    not null,
    source_detail       varchar(200),
    risk                varchar(10)    not null,
    priority            integer        not null,
    priority_reach      integer        not null,
    priority_risk       integer        not null,
    priority_recency    integer        not null,
    priority_narrative  integer        not null,
    status              varchar(20)    not null,
    assignee_id         bigint         references person (id),
    assignee_name       varchar(200),
    claimed_at          timestamp with time zone,
    due_at              timestamp with time zone not null,
    decision            varchar(20),
    decision_reason     varchar(2000),
    referral_target     varchar(20),
    referral_reference  varchar(200),
    referral_follow_up  date,
    decided_by          varchar(200),
    decided_at          timestamp with time zone,
    closed_at           timestamp with time zone,
    cluster_id          bigint         references post_cluster (id),
    minhash             varchar(1000),
    fingerprint         varchar(64)    not null,
    pseudonymised_at    timestamp with time zone,
    created_at          timestamp with time zone not null,
    version             integer        not null default 0,
    constraint post_platform_uk unique (platform, platform_id)
);
-- Keyset pagination: one index per offered sort order, and (filter, sort) pairs for the filters.
create index post_priority_idx on post (priority desc, id desc);
create index post_due_idx on post (due_at, id);
create index post_captured_idx on post (captured_at desc, id desc);
create index post_posted_idx on post (posted_at desc, id desc);
create index post_status_priority_idx on post (status, priority desc, id desc);
create index post_platform_priority_idx on post (platform, priority desc, id desc);
create index post_risk_priority_idx on post (risk, priority desc, id desc);
create index post_language_priority_idx on post (language, priority desc, id desc);
create index post_assignee_priority_idx on post (assignee_id, priority desc, id desc);
create index post_cluster_priority_idx on post (cluster_id, priority desc, id desc);
create index post_closed_idx on post (status, closed_at);

create table post_narrative (
    post_id         bigint        not null references post (id) on delete cascade,
    narrative_code  varchar(60)   not null references narrative (code),
    primary key (post_id, narrative_code)
);
create index post_narrative_code_idx on post_narrative (narrative_code, post_id);

-- MinHash LSH bands: posts sharing a band key are candidates for the same cluster.
create table post_band (
    band_key        bigint        not null,
    post_id         bigint        not null references post (id) on delete cascade,
    primary key (band_key, post_id)
);
create index post_band_post_idx on post_band (post_id);

-- Screenshots attached as evidence, stored in the database so backups carry them with the post.
create sequence evidence_seq start with 1 increment by 50;
create table evidence (
    id              bigint        not null primary key,
    post_id         bigint        not null references post (id) on delete cascade,
    file_name       varchar(200)  not null,
    media_type      varchar(40)   not null,
    size_bytes      integer       not null,
    sha256          varchar(64)   not null,
    content         bytea         not null,
    added_by        varchar(200)  not null,
    added_at        timestamp with time zone not null
);
create index evidence_post_idx on evidence (post_id);

-- Idempotency-Key of the intake API: the same key with another body is refused.
create table intake_key (
    idem_key        varchar(200)  not null,
    client          varchar(200)  not null,
    body_sha256     varchar(64)   not null,
    status          integer       not null,
    response        varchar(400000) not null,
    created_at      timestamp with time zone not null,
    primary key (client, idem_key)
);

-- An uploaded import file between preview and confirmation, bound to its uploader.
create table import_draft (
    id              varchar(64)   not null primary key,
    person_id       bigint        not null references person (id),
    file_name       varchar(200)  not null,
    format          varchar(10)   not null,
    content         varchar(5000000) not null,
    created_at      timestamp with time zone not null
);

-- Settings of the queue, one row, set by admins.
create table queue_settings (
    id                  integer       not null primary key,
    weight_reach        integer       not null,
    weight_risk         integer       not null,
    weight_recency      integer       not null,
    weight_narrative    integer       not null,
    due_hours_low       integer       not null,
    due_hours_medium    integer       not null,
    due_hours_high      integer       not null,
    due_hours_critical  integer       not null,
    retention_days      integer       not null,
    low_reach_threshold bigint        not null,
    platforms           varchar(200)  not null,
    version             integer       not null default 0
);
insert into queue_settings values (1, 30, 30, 15, 25, 72, 24, 6, 2, 180, 500,
    'x,facebook,instagram,tiktok,youtube,telegram,forum,other', 0);

-- What each retention run did.
create sequence retention_run_seq start with 1 increment by 50;
create table retention_run (
    id              bigint        not null primary key,
    ran_at          timestamp with time zone not null,
    cutoff          timestamp with time zone not null,
    pseudonymised   integer       not null,
    kept_referred   integer       not null
);
