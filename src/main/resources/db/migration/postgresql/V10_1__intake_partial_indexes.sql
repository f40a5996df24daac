-- Fewer index entries per post at intake (issue 4: 2,000 posts/s at 1,000,000 posts; figures in bench/README.md).
-- PostgreSQL only: H2 has no partial indexes. A post arrives new, unassigned, undecided, open and usually alone:
-- the indexes below only ever serve rows that have the value they are now restricted to, so an arriving post
-- writes no entry in them. Every query they serve names the column with a strict comparison (=, <, >=) or
-- "is not null", which lets the planner use the partial index (checked with bench/queue/explain.sql and
-- bench/dashboard/explain.sql at 1,000,000 posts).

-- Queue filter "assigned to" (a person's id, or "me"); "unassigned" reads the open or the priority index.
drop index post_assignee_priority_idx;
create index post_assignee_priority_idx on post (assignee_id, priority desc, id desc) where assignee_id is not null;

-- Queue filter "cluster".
drop index post_cluster_priority_idx;
create index post_cluster_priority_idx on post (cluster_id, priority desc, id desc) where cluster_id is not null;

-- Retention: closed posts not yet pseudonymised, closed before the cutoff. Pseudonymised posts leave the index.
drop index post_closed_idx;
create index post_closed_idx on post (status, closed_at) where closed_at is not null and pseudonymised_at is null;

-- Dashboard: decisions of the period (delays, referrals per week).
drop index post_decided_idx;
create index post_decided_idx on post (decided_at, decision, created_at) where decided_at is not null;

-- Dashboard: clusters by size among the period's posts.
drop index post_created_idx;
create index post_created_idx on post (created_at, cluster_id) where cluster_id is not null;

-- Dashboard and home page: overdue posts. The open-posts index of V7_1 (due_at, id) where status in ('NEW',
-- 'CLAIMED') serves the same queries, which name those statuses as literals.
drop index post_status_due_idx;
