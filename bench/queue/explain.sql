-- Query plans of the queue page on PostgreSQL with many posts (run on a migrated database, e.g. after the test
-- suite with -Ppostgresql). Seeds 100,000 fictional rows straight in SQL (plans only: the intake path is measured
-- by QueueBench), then EXPLAINs the queries QueueSearch issues (Hibernate's SQL, parameters inlined).
insert into post (id, platform, platform_id, text, language, posted_at, captured_at, followers, views, shares,
    reactions, source, risk, priority, priority_reach, priority_risk, priority_recency, priority_narrative, status,
    due_at, fingerprint, created_at, version, assignee_id)
select 1000000 + g,
       (array['X','FACEBOOK','INSTAGRAM','TIKTOK','YOUTUBE','TELEGRAM','FORUM','OTHER'])[1 + g % 8],
       'explain-' || g, '[Exemple fictif] texte ' || g,
       (array['fr','en','ar'])[1 + g % 3],
       now() - (g % 5000) * interval '1 minute', now() - (g % 4000) * interval '1 minute',
       g % 10000, g % 100000, g % 50, g % 300, 'API',
       (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + g % 4],
       g % 101, g % 100, 25 * (1 + g % 4), g % 100, g % 80,
       (array['NEW','NEW','CLAIMED','DECIDED','CLOSED','CLOSED'])[1 + g % 6],
       now() + ((g % 200) - 50) * interval '1 hour', md5(g::text) || md5(g::text), now(), 0,
       case when g % 6 = 2 then (select min(id) from person) end
from generate_series(1, 100000) g;
insert into post_narrative (post_id, narrative_code)
select 1000000 + g, (array['victimhood','belonging','martyrdom','caliphate-utopia'])[1 + g % 4]
from generate_series(1, 100000) g;
analyze post;
analyze post_narrative;

-- Default view: open posts by priority (first page, then a later page).
explain analyze select * from post p where p.status in ('NEW','CLAIMED') order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.status in ('NEW','CLAIMED') and p.priority <= 40
    and (p.priority < 40 or p.id < 1050000) order by p.priority desc, p.id desc limit 51;
-- Sorts.
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
explain analyze select * from post p where 'martyrdom' in (select n.narrative_code from post_narrative n where p.id = n.post_id)
    order by p.priority desc, p.id desc limit 51;
explain analyze select * from post p where p.due_at < now() and p.status in ('NEW','CLAIMED')
    order by p.priority desc, p.id desc limit 51;
