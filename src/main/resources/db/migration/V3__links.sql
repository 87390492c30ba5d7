-- Keyset pages of GET /links sorted by title or by domain: the cursor condition (column, id) > (?, ?)
-- starts an index scan at the cursor, so page 10,000 costs what page 1 costs. The date sort walks
-- post_published_idx and reaches each post's links through link_item_post_position_unique.
create index link_item_title_idx on link_item (title, id);
create index link_item_domain_sort_idx on link_item ((coalesce(domain, '')), id);
