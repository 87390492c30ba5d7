-- Full-text search: a text search configuration, weighted tsvector columns with GIN indexes, and
-- trigram indexes for typo tolerance and suggestions.

-- Both extensions are "trusted" since PostgreSQL 13, so the database owner may create them; CI and
-- docker/init-test-db.sql also create them as postgres, and "if not exists" makes either order work.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- English stemming after unaccent, so "Café" finds "cafe" and "streams" finds "streaming".
-- URLs and file paths are left out of the index: link destinations are searched by the domain filter.
-- Flyway's clean (the tests' fresh start) leaves text search configurations behind: start from none.
drop text search configuration if exists roundup_english;
create text search configuration roundup_english (copy = english);
alter text search configuration roundup_english
    alter mapping for hword, hword_part, word, asciihword, asciiword, hword_asciipart with unaccent, english_stem;
alter text search configuration roundup_english drop mapping for url, url_path, file;

-- Weights: title A, tags B, description and texts C. A roundup's body is its link items, which are
-- searchable themselves (below): leaving it out keeps the post vectors small, so ranking and highlighting
-- stay cheap. An article's body (roundup = false) is its text and is in.
-- The tags come from the front matter, the very source post_tag is written from in the same
-- transaction: a generated column keeps them in the vector without a trigger or a second write.
-- (A future editing API that changes post_tag must change front_matter->'tags' with it.)
alter table post add column search tsvector generated always as (
    setweight(to_tsvector('roundup_english', title), 'A')
    || setweight(jsonb_to_tsvector('roundup_english', coalesce(front_matter -> 'tags', '[]'), '["string"]'), 'B')
    || setweight(to_tsvector('roundup_english', coalesce(description, '') || ' ' || intro_markdown || ' '
        || case when roundup then '' else body_markdown end), 'C')) stored;
create index post_search_idx on post using gin (search);

-- Link items have no tags of their own (their post's tags filter them); the domain is a weak D.
alter table link_item add column search tsvector generated always as (
    setweight(to_tsvector('roundup_english', title), 'A')
    || setweight(to_tsvector('roundup_english', commentary_text), 'C')
    || setweight(to_tsvector('simple', coalesce(domain, '')), 'D')) stored;
create index link_item_search_idx on link_item using gin (search);

-- Trigram indexes: suggestions by title and tag name.
create index post_title_trgm_idx on post using gin (lower(title) gin_trgm_ops);
create index link_item_title_trgm_idx on link_item using gin (lower(title) gin_trgm_ops);
create index tag_name_trgm_idx on tag using gin (lower(name) gin_trgm_ops);

-- The words of published titles and tag names: the candidates of "did you mean". Refreshed by the
-- service when an import has run since the last refresh (SearchVocabulary), never on the hot path.
create materialized view search_term as
select word as term, ndoc as documents
from ts_stat($$
    select to_tsvector('simple', lower(unaccent(l.title))) from link_item l join post p on p.id = l.post_id
        where not p.draft and p.published_at <= now()
    union all
    select to_tsvector('simple', lower(unaccent(p.title))) from post p where not p.draft and p.published_at <= now()
    union all
    select to_tsvector('simple', lower(unaccent(t.name))) from tag t
        where exists (select 1 from post_tag pt join post p on p.id = pt.post_id
                      where pt.tag_id = t.id and not p.draft and p.published_at <= now())
$$)
where length(word) between 3 and 40 and word ~ '^[[:alpha:]]+$';
create unique index search_term_term_idx on search_term (term);
create index search_term_trgm_idx on search_term using gist (term gist_trgm_ops);
