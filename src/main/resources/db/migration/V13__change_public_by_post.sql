-- change_log_sync_posts() looks up a post's announced link items by post slug on every post write; without
-- this index that is a scan of every announced link item, which made an import's cost grow with the square
-- of its size (3 ms per post at 12,000 link items, 300 ms at a million).
create index change_public_post_idx on change_public (entity_type, post_slug);
