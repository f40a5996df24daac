-- The queue filtered by one narrative, in priority order, at a million posts (issue 4; figures in bench/README.md).
-- PostgreSQL only: H2 (demo, tests) has no partial indexes, and its tables are small.
--
-- Priority includes the narrative's weight, so the posts of a light narrative sit far down the priority order: the
-- page walked tens of thousands of posts to find 50 of them (43,531 for "belonging" at a million posts, about 200 ms
-- a page). Each post_narrative row now carries its post's priority and whether the post is open, and two indexes
-- give each narrative's posts in priority order: the open ones (the queue's default view) and all of them.
--
-- The database keeps the copy, not the application: priorities change in bulk SQL (PriorityRecompute), statuses in
-- entities and in tests' SQL, narratives through Hibernate's collection rows; two triggers see all of them, in the
-- same transaction. A claim (NEW to CLAIMED) changes neither the priority nor openness and costs nothing here.

alter table post_narrative add column priority integer default 0 not null;
alter table post_narrative add column open boolean default false not null;

update post_narrative pn set priority = p.priority, open = p.status in ('NEW', 'CLAIMED')
from post p where p.id = pn.post_id;

create index post_narrative_priority_idx on post_narrative (narrative_code, priority desc, post_id desc);
create index post_narrative_open_idx on post_narrative (narrative_code, priority desc, post_id desc) where open;

-- A narrative row written for a post takes the post's priority and openness (the post's row is written first).
create function post_narrative_take_priority() returns trigger as $$
begin
    select p.priority, p.status in ('NEW', 'CLAIMED') into new.priority, new.open from post p where p.id = new.post_id;
    return new;
end;
$$ language plpgsql;

create trigger post_narrative_priority before insert on post_narrative
    for each row execute function post_narrative_take_priority();

-- A post whose priority changes, or which opens or closes, passes it on to its narrative rows.
create function post_pass_priority() returns trigger as $$
begin
    update post_narrative set priority = new.priority, open = new.status in ('NEW', 'CLAIMED')
    where post_id = new.id;
    return null;
end;
$$ language plpgsql;

create trigger post_priority after update of priority, status on post
    for each row when (old.priority is distinct from new.priority
        or (old.status in ('NEW', 'CLAIMED')) is distinct from (new.status in ('NEW', 'CLAIMED')))
    execute function post_pass_priority();
