-- 15,000 synthetic events (:events, default 15000) as a newsletter's events lists make them, written straight into
-- the tables: 670 weekly issues from 2014 on, each event listed in the issue before it and mostly in the one
-- after, so it has one or two mentions. Places, modes, groups and talk titles vary the way the lists' do.
\set events 15000
begin;
insert into post (slug, title, published_at, published_offset, roundup, intro_markdown, intro_html, body_markdown,
    body_html, word_count, reading_minutes, source_root, source_file, content_hash, number)
select 'bench-weekly-' || n, 'Bench Weekly ' || n, timestamptz '2014-02-05 10:00+00' + n * interval '7 days', 0, true,
    '', '', '', '', 0, 0, 'bench:events', 'bench-weekly-' || n || '.md', '', n
from generate_series(0, 669) n;

create temporary table place (id int, city text, region text, country text, country_code text, heading text);
insert into place values
    (0, 'Berlin', null, 'DE', 'DE', 'Europe'), (1, 'Seattle', 'WA', 'US', 'US', 'North America'),
    (2, 'London', null, 'UK', 'GB', 'Europe'), (3, 'Paris', null, 'FR', 'FR', 'Europe'),
    (4, 'Bangalore', null, 'IN', 'IN', 'Asia'), (5, 'Melbourne', null, 'AU', 'AU', 'Oceania'),
    (6, 'New York', 'NY', 'US', 'US', 'North America'), (7, 'Montreal', 'QC', 'CA', 'CA', 'North America'),
    (8, 'Johannesburg', null, 'ZA', 'ZA', 'Africa'), (9, 'Sao Paulo', 'SP', 'BR', 'BR', 'South America'),
    (10, 'Stockholm', null, 'SE', 'SE', 'Europe'), (11, 'Dallas', 'TX', 'US', 'US', 'North America'),
    (12, 'Tokyo', null, 'JP', 'JP', 'Asia'), (13, 'Zurich', null, 'CH', 'CH', 'Europe'),
    (14, 'Austin', 'TX', 'US', 'US', 'North America'), (15, 'Lisbon', null, 'PT', 'PT', 'Europe'),
    (16, 'Nairobi', null, 'KE', 'KE', 'Africa'), (17, 'Auckland', null, 'NZ', 'NZ', 'Oceania'),
    (18, 'Warsaw', null, 'PL', 'PL', 'Europe'), (19, 'Chicago', 'IL', 'US', 'US', 'North America');

create temporary table word (id int, word text);
insert into word select n - 1, w from unnest(array['async', 'borrowing', 'lifetimes', 'macros', 'embedded', 'traits',
    'generics', 'wasm', 'testing', 'tokio', 'compilers', 'databases', 'networking', 'games', 'graphics', 'kernels',
    'parsers', 'cryptography', 'robotics', 'audio', 'serde', 'unsafe', 'ownership', 'iterators', 'closures',
    'errors', 'profiling', 'fuzzing', 'linting', 'packaging']) with ordinality as t(w, n);

insert into event (slug, name, starts_on, ends_on, city, country, url, normalized_url, talks, confidence, mode,
    region, region_code, country_code, region_heading, group_name, group_url)
select 'bench-event-' || i,
    initcap(w1.word) || ' and ' || w2.word || ' night #' || i,
    d, d + case when i % 50 = 0 then 2 else 0 end,
    case when i % 5 = 0 then null else pl.city end,
    case when i % 5 = 0 then null else pl.country end,
    'https://meet.example.org/group-' || (i % 400) || '/events/' || i,
    'meet.example.org/group-' || (i % 400) || '/events/' || i,
    jsonb_build_array(jsonb_build_object('title', initcap(w1.word) || ' and ' || w2.word || ' night #' || i,
        'url', 'https://meet.example.org/group-' || (i % 400) || '/events/' || i)),
    '{"name": 0.9, "url": 0.95, "start": 0.95}',
    case i % 5 when 0 then 'virtual' when 1 then 'hybrid' else 'in-person' end,
    case when i % 5 = 0 then null else pl.region end,
    case when i % 5 = 0 or pl.region is null then null else pl.country_code || '-' || pl.region end,
    case when i % 5 = 0 then null else pl.country_code end,
    case when i % 5 = 0 then 'Virtual' else pl.heading end,
    'Crab Group ' || (i % 400), 'https://meet.example.org/group-' || (i % 400)
from generate_series(1, :events) i
cross join lateral (select (timestamptz '2014-02-05' + (i * 669 / :events) * interval '7 days')::date
    + (i % 13) + 1 as d) dates
join place pl on pl.id = (i / 7) % 20
join word w1 on w1.id = i % 30
join word w2 on w2.id = (i / 30) % 30;

-- listed in the issue before the event, and in the next one when the event is not over by then
insert into event_mention (event_id, post_id, name, url, starts_on, ends_on, passage, confidence, position, listing)
select e.id, p.id, e.name, e.url, e.starts_on, e.ends_on, '* ' || e.starts_on || ' | ' || coalesce(e.city, 'Virtual')
    || ' | [' || e.group_name || '](' || e.group_url || ')', e.confidence, 1 + e.id % 40,
    jsonb_build_object('mode', e.mode, 'city', e.city, 'country', e.country, 'countryCode', e.country_code,
        'regionHeading', e.region_heading, 'groupName', e.group_name, 'groupUrl', e.group_url)
from event e join post p on p.source_root = 'bench:events'
    and p.published_at::date < e.starts_on and p.published_at::date >= e.starts_on - 14
where e.slug like 'bench-event-%';
commit;
