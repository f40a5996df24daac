-- Each band key now keeps at most its first 10 posts (intake stops writing a full key's rows: see BandIndex).
-- Keys that grew past that before the bound are cut back to it, so that reading a key costs the same everywhere.
delete from post_band where (band_key, post_id) in (
  select band_key, post_id from (
    select band_key, post_id, row_number() over (partition by band_key order by post_id) rn from post_band
  ) ranked where ranked.rn > 10
);

-- Rows are found by key at intake and by (key, post) at retention (the keys come from the post's signature): the
-- index on the post alone only cost each intake a second index insert per row.
drop index post_band_post_idx;
