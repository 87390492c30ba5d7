-- Prefix search on tags for autocomplete (GET /tags?q=kaf): slug like 'kaf%' or lower(name) like 'kaf%'.
-- text_pattern_ops makes a prefix LIKE an index range scan whatever the database's collation.
create index tag_slug_prefix_idx on tag (slug text_pattern_ops);
create index tag_name_prefix_idx on tag (lower(name) text_pattern_ops);
