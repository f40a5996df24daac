-- One million fictional posts (two years), their narratives, 5,000 clusters, about 300,000 replies and 30,000
-- outcomes, for timing the dashboard and the home page (bench/dashboard/README.md). Run on a database whose schema
-- the application created (Flyway), once it has started at least once. Texts are placeholders, never real posts.
\set ON_ERROR_STOP on
set synchronous_commit = off;

insert into person (id, issuer, subject, username, display_name, roles, created_at)
select 990000001, 'bench', 'bench-author', 'bench-author', 'Auteur fictif', 'community-manager', now()
where not exists (select 1 from person where id = 990000001);

insert into post_cluster (id, excerpt, created_at)
select 10000000 + c, '[Exemple fictif] message commun n° ' || c, now() - (c % 730) * interval '1 day'
from generate_series(1, 5000) c;

insert into post (id, platform, platform_id, text, language, posted_at, captured_at, source, risk, priority,
    priority_reach, priority_risk, priority_recency, priority_narrative, status, assignee_id, due_at, decision,
    decided_at, closed_at, cluster_id, fingerprint, created_at)
select 10000000 + i,
    (array['X','FACEBOOK','INSTAGRAM','TIKTOK','YOUTUBE','TELEGRAM','FORUM','OTHER'])[1 + i % 8],
    'bench-' || i, '[Exemple fictif] publication de test', 'fr', t, t, 'API',
    (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (i / 8) % 4], 50, 50, 50, 50, 50,
    st, case when st in ('CLAIMED', 'DECIDED') and i % 5 = 0 then 990000001 end,
    t + interval '24 hours',
    case when st in ('DECIDED', 'CLOSED') then (array['RESPOND','RESPOND','REFER','BOTH','MONITOR','DISMISS'])[1 + (i / 32) % 6] end,
    case when st in ('DECIDED', 'CLOSED') then t + (i % 72) * interval '1 hour' end,
    case when st = 'CLOSED' then t + (i % 72 + 24) * interval '1 hour' end,
    case when i % 10 = 0 then 10000001 + (i / 10) % 5000 end,
    md5(i::text), t
from (select i, now() - (i % 730) * interval '1 day' - (i % 1440) * interval '1 minute' as t,
        case when i % 100 < 2 then 'NEW' when i % 100 < 3 then 'CLAIMED' when i % 100 < 4 then 'DECIDED' else 'CLOSED' end as st
      from generate_series(1, 1000000) i) s;

insert into post_narrative (post_id, narrative_code)
select p.id, n.code from post p
join (select code, row_number() over (order by code) - 1 as k, count(*) over () as n from narrative) n
  on n.k = p.id % n.n
where p.id between 10000001 and 11000000;

-- Replies for posts decided RESPOND or BOTH, every other one: approved then published.
insert into reply (post_id, template_id, text, language, platform, status, fingerprint, author_id, author_name,
    created_at, updated_at, submitted_at, approved_at, published_at)
select p.id, (select id from library_template order by id offset (p.id % 5) limit 1),
    'Réponse fictive', 'fr', p.platform, 'PUBLISHED', md5('r' || p.id), 990000001, 'Auteur fictif',
    p.decided_at, p.decided_at, p.decided_at, p.decided_at + (p.id % 12) * interval '1 hour',
    p.decided_at + (p.id % 12 + p.id % 5) * interval '1 hour'
from post p where p.id between 10000001 and 11000000 and p.decision in ('RESPOND', 'BOTH') and p.id % 2 = 0;

insert into reply_outcome (reply_id, referral_result, assessment, recorded_by_name, recorded_at)
select r.id, (array['PENDING','CONTENT_REMOVED','ACCOUNT_SUSPENDED','NO_ACTION','PROCEEDINGS'])[1 + r.id % 5],
    'NEUTRAL', 'Test', r.published_at + interval '2 days'
from reply r join post p on p.id = r.post_id where p.decision = 'BOTH' and r.id % 3 = 0;

select setval('post_seq', 11000100), setval('cluster_seq', 10005100);
analyze;
