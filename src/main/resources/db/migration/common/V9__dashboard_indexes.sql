-- Indexes for the dashboard and the home page's summaries (issue 6): each figure is one aggregate bounded by an
-- index, so that the pages cost the same with a million posts (bench/dashboard/README.md).

-- Open backlog by status, platform and risk: an index-only range over the open statuses.
create index post_status_platform_risk_idx on post (status, platform, risk);
-- Overdue items: open statuses, oldest due first.
create index post_status_due_idx on post (status, due_at, id);
-- Delays from intake to decision, and referrals per week: posts decided in the period.
create index post_decided_idx on post (decided_at, decision, created_at);
-- Clusters by size among the posts taken in during the period.
create index post_created_idx on post (created_at, cluster_id);
-- Delays to approval and to publication, replies published per week and per template.
create index reply_approved_idx on reply (approved_at);
create index reply_published_idx on reply (published_at, template_id);
