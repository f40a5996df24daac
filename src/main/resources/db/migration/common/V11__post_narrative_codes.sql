-- The post's narrative codes on its own row, sorted and space-separated: a copy of post_narrative that the queue
-- lists without reading post_narrative once per row (that lookup was close to half of the queue query's cost at a
-- million posts: bench/README.md). post_narrative stays the reference for filters and statistics; the entity
-- (queue.Post) keeps the copy in step. Narrative codes hold no spaces (seeded in V2, kebab-case).
alter table post add column narrative_codes varchar(2000) default '' not null;
update post set narrative_codes = coalesce(
    (select string_agg(pn.narrative_code, ' ' order by pn.narrative_code) from post_narrative pn
     where pn.post_id = post.id), '');
