-- Language each person reads Contrepoint in, for the e-mails sent to them.
alter table person add column preferred_locale varchar(5);

-- In-app notifications; each is also sent by e-mail.
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id              bigint        not null primary key,
    recipient_id    bigint        not null references person (id),
    kind            varchar(40)   not null,
    subject_label   varchar(300)  not null,
    link            varchar(500)  not null,
    actor_name      varchar(200),
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone,
    version         integer       not null default 0
);
create index notification_recipient_idx on notification (recipient_id, read_at, id);
