-- Queue indexes for a million posts, and a cheaper intake (issue 4; plans and figures in bench/queue/README.md).
-- PostgreSQL only: H2 (demo, tests) has no partial indexes, and its tables are small.

-- Most posts of a long-lived queue are closed; the default view, the "due" sort and the overdue filter only look
-- at open ones. Partial indexes hold just those rows, so these pages read 51 index entries instead of walking
-- past the closed posts (1,000,000 posts, 7 % open: default view 25 ms -> 0.1 ms, overdue 10 ms -> 0.2 ms).
-- QueueSearch writes the open statuses as literals so that the planner can match these predicates.
create index post_open_priority_idx on post (priority desc, id desc) where status in ('NEW', 'CLAIMED');
create index post_open_due_idx on post (due_at, id) where status in ('NEW', 'CLAIMED');

-- post_band is an index of post texts kept by the application, not data of its own: its rows are written in the
-- same transaction as their post, right after it, and removed by the retention job when the post is
-- pseudonymised (posts themselves are never deleted). Its foreign key checked each of the 20 rows a post writes
-- and doubled the cost of the band insert at intake (18,000 rows: 142 ms with it, 75 ms without).
alter table post_band drop constraint post_band_post_id_fkey;
