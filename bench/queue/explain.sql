-- Query plans of the queue page on PostgreSQL with a million posts. Run on a scratch database migrated by the
-- application (e.g. a QueueBench run with -Dbench.batches=1 against it, see README.md), then:
--   psql -h 127.0.0.1 -U postgres contrepoint_scratch -f bench/queue/explain.sql
-- Seeds 1,000,000 fictional rows straight in SQL (plans only: the intake path is measured by QueueBench), shaped
-- like a queue that has run for a while: 88 % closed, 5 % decided, 5 % new, 2 % claimed; open posts due within
-- +/- 5 days (about half overdue); one narrative each with a skewed spread (victimhood 25 % ... military-success
-- 1 %) and heroism-adventure added to one post in five. Then EXPLAINs the queries QueueSearch issues (Hibernate's
-- SQL, parameters inlined; the open statuses are literals in QueueSearch too).
select setseed(0.42);
insert into post (id, platform, platform_id, text, language, posted_at, captured_at, followers, views, shares,
    reactions, source, risk, priority, priority_reach, priority_risk, priority_recency, priority_narrative, status,
    due_at, fingerprint, created_at, version, assignee_id, closed_at)
select g, (array['X','FACEBOOK','INSTAGRAM','TIKTOK','YOUTUBE','TELEGRAM','FORUM','OTHER'])[1 + (r * 8)::int % 8],
       'seed-' || g, '[Exemple fictif] texte de remplissage numéro ' || g,
       case when r2 < 0.6 then 'fr' when r2 < 0.85 then 'en' else 'ar' end,
       cap - interval '3 hours', cap, (r * 100000)::int, (r2 * 1000000)::int, (r * 50)::int, (r2 * 300)::int, 'API',
       (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (r2 * 4)::int % 4],
       (r * 100)::int, (r * 100)::int, 50, 60, 55,
       st, case when st in ('NEW','CLAIMED') then now() + (r2 * 240 - 120) * interval '1 hour'
                else cap + interval '24 hours' end,
       md5(g::text) || md5(g::text), cap, 0, null,
       case when st = 'CLOSED' then cap + interval '2 days' end
from (select g, r, r2, now() - (1000000 - g) * interval '30 seconds' as cap,
             case when s < 0.88 then 'CLOSED' when s < 0.93 then 'DECIDED' when s < 0.98 then 'NEW' else 'CLAIMED' end as st
      from (select g, random() r, random() r2, random() s from generate_series(1, 1000000) g) a) b;
insert into post_narrative (post_id, narrative_code)
select g, case when r < 0.25 then 'victimhood' when r < 0.45 then 'belonging' when r < 0.6 then 'martyrdom'
               when r < 0.72 then 'caliphate-utopia' when r < 0.82 then 'conspiracy-west'
               when r < 0.9 then 'grooming-manipulation' when r < 0.95 then 'religious-obligation'
               when r < 0.98 then 'brotherhood-romance' when r < 0.99 then 'heroism-adventure' else 'military-success' end
from (select g, random() r from generate_series(1, 1000000) g) a;
insert into post_narrative (post_id, narrative_code)
select g, 'heroism-adventure' from generate_series(1, 1000000) g where g % 5 = 0 on conflict do nothing;
update post set assignee_id = (select min(id) from person), assignee_name = 'Seed' where status in ('CLAIMED', 'DECIDED');
select setval('post_seq', 1000001);
vacuum analyze post;
vacuum analyze post_narrative;

-- Default view: open posts by priority (first page, then a later page). post_open_priority_idx (V7_1).
explain analyze select * from post p where p.status in ('NEW','CLAIMED') order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.status in ('NEW','CLAIMED') and p.priority <= 40
    and (p.priority < 40 or p.id < 500000) order by p.priority desc, p.id desc limit 51;
-- Sorts: open posts by due time (post_open_due_idx), all posts by each sort.
explain analyze select * from post p where p.status in ('NEW','CLAIMED') order by p.due_at asc, p.id asc limit 51;
explain analyze select * from post p order by p.due_at asc, p.id asc limit 51;
explain analyze select * from post p order by p.captured_at desc, p.id desc limit 51;
explain analyze select * from post p order by p.posted_at desc, p.id desc limit 51;
-- One filter each.
explain analyze select * from post p where p.platform = 'TELEGRAM' order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.risk = 'HIGH' order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.language = 'ar' order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.assignee_id is null order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.cluster_id = 5 order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.status = 'CLOSED' order by p.priority desc, p.id desc limit 51;
-- Overdue: open posts due before now, by priority (post_open_priority_idx, due_at checked on the way).
explain analyze select * from post p where p.due_at < now() and p.status in ('NEW','CLAIMED')
    order by p.priority desc, p.id desc limit 51;
-- Narrative: a common one (15 %), a rare one (1 %), and the rare one among open posts (the page's default status).
explain analyze select * from post p where 'martyrdom' in (select n.narrative_code from post_narrative n where p.id = n.post_id)
    order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where 'military-success' in (select n.narrative_code from post_narrative n where p.id = n.post_id)
    order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.status in ('NEW','CLAIMED')
    and 'military-success' in (select n.narrative_code from post_narrative n where p.id = n.post_id)
    order by p.priority desc, p.id desc limit 51;
