-- Events as search results: a weighted tsvector like those of posts and link items (V5), the host of the
-- event's link for the domain filter, and event names in the "did you mean" vocabulary.

-- Weights: the name A; where it is (venue, city, country) B; the description and the author's talks there
-- (titles and abstracts) C. The mentions' passages live in event_mention and are not in the vector: the talks
-- and the name carry what a search finds an event by. An editor's correction is written to these very columns
-- (event.edited), so what is searched is what GET /api/v1/events shows.
-- (|| rather than concat_ws: a generated column takes immutable functions only.)
alter table event add column search tsvector generated always as (
    setweight(to_tsvector('roundup_english', name), 'A')
    || setweight(to_tsvector('roundup_english',
        coalesce(venue, '') || ' ' || coalesce(city, '') || ' ' || coalesce(country, '')), 'B')
    || setweight(to_tsvector('roundup_english', coalesce(description, '')), 'C')
    || setweight(jsonb_to_tsvector('roundup_english', talks, '["string"]'), 'C')) stored;
create index event_search_idx on event using gin (search);

-- The link's host without www., as link_item.domain holds it (UrlNormalizer.domainOf): the normalized URL
-- starts with it when the URL has a host at all.
alter table event add column domain text generated always as (
    case when url ~* '^[a-z][a-z0-9+.-]*://[^/?#]' then substring(normalized_url from '^[^/?#:]+') end) stored;

-- "Did you mean" knows the words of public event names too. No trigram index on event names is needed:
-- corrections look words up in search_term (its own trigram index), and suggestions use event_search_idx.
-- Which events are public is EventFilter.PUBLIC: a published post mentions it, or an editor made it and no
-- post mentions it.
drop materialized view search_term;
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
    union all
    select to_tsvector('simple', lower(unaccent(e.name))) from event e
        where exists (select 1 from event_mention m join post p on p.id = m.post_id
                      where m.event_id = e.id and not p.draft and p.published_at <= now())
           or (e.edited and not exists (select 1 from event_mention m where m.event_id = e.id))
$$)
where length(word) between 3 and 40 and word ~ '^[[:alpha:]]+$';
create unique index search_term_term_idx on search_term (term);
create index search_term_trgm_idx on search_term using gist (term gist_trgm_ops);

-- The section filter asks first whether its slug names a WIND section at all (EventHits): a partial index
-- answers, and statistics over slug and kind together keep the planner from assuming that a common slug
-- ("streaming") is as often a WIND section as any other and scanning every section for one.
create index section_wind_slug_idx on section (slug) where kind = 'wind';
create statistics section_slug_kind_stats (mcv) on slug, kind from section;
analyze section;
