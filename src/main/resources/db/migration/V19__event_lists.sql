-- Events from newsletters' events lists ("Upcoming Events", issue 17): each line of a list is a mention of an event,
-- with the fields the line gives. New columns only; prose events leave them null.

-- mode, place parts as written and as ISO codes, the heading of the region sub-list, the group that runs it
alter table event
    add column mode text check (mode in ('virtual', 'hybrid', 'in-person')),
    add column region text,
    add column region_code text,
    add column country_code text,
    add column region_heading text,
    add column group_name text,
    add column group_url text;

-- A list mention keeps the line's place in the list (from 1) and the fields it read, as
-- {"mode", "city", "region", "regionCode", "country", "countryCode", "regionHeading", "groupName", "groupUrl"};
-- the line itself is the passage. Prose mentions have neither.
alter table event_mention
    add column position integer,
    add column listing jsonb;

-- When the event became public: the earliest date of a published (not draft) post that mentions it; '-infinity' for
-- an event an editor entered that no post mentions; null when it is not public at all. "Public"
-- (event.EventFilter.PUBLIC) is then "published_from <= now()", one column instead of a join per event: at 15,000
-- events that join cost every list its whole budget. Kept by triggers on the mentions and on the event itself, so
-- every way of writing them (import, the editorial API, deleted posts through the cascade) keeps it true; posts are
-- rewritten with their mentions, never made draft in place.
alter table event add column published_from timestamptz;

create function event_published_from_sync(p_event_ids bigint[]) returns void
language sql as $$
    update event e set published_from = v.published_from
    from (select e2.id,
                 case when exists (select 1 from event_mention m where m.event_id = e2.id)
                      then (select min(p.published_at) from event_mention m join post p on p.id = m.post_id
                            where m.event_id = e2.id and not p.draft)
                      when e2.edited then timestamptz '-infinity' end as published_from
          from event e2 where e2.id = any (p_event_ids)) v
    where e.id = v.id and e.published_from is distinct from v.published_from
$$;

create function event_published_from_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_published_from_sync(array(select distinct event_id from new_rows));
    else
        perform event_published_from_sync(array(select distinct event_id from old_rows));
    end if;
    return null;
end $$;

create function event_published_from_edited() returns trigger
language plpgsql as $$
begin
    perform event_published_from_sync(array[new.id]);
    return null;
end $$;

create trigger mention_published_from_insert after insert on event_mention referencing new table as new_rows
    for each statement execute function event_published_from_trigger();
create trigger mention_published_from_delete after delete on event_mention referencing old table as old_rows
    for each statement execute function event_published_from_trigger();
-- an editor's own event is public from its creation; marking an event edited can make it so
create trigger event_published_from_insert after insert on event
    for each row when (new.edited) execute function event_published_from_edited();
create trigger event_published_from_edited after update of edited on event
    for each row when (old.edited is distinct from new.edited) execute function event_published_from_edited();

select event_published_from_sync(array(select id from event));

-- The list's order (START in EventQueries: undated events last), and the last day that "when" and "from" compare,
-- each with every column the filters read: a page's ids and a list's count are read from the index alone
-- (index-only scans; rows are wide, with their search vectors and talks), and a page then fetches its 21 rows.
create index event_sort_start_idx on event ((coalesce(starts_on, date '9999-12-31')), id)
    include (published_from, starts_on, ends_on, city, country, country_code, mode, region, region_code,
             region_heading, group_name, role);
create index event_last_day_idx on event ((coalesce(ends_on, starts_on)), published_from)
    include (starts_on, ends_on, city, country, country_code, mode, region, region_code, region_heading, group_name,
             role);
-- a count without other filters reads this narrower one
create index event_last_day_public_idx on event ((coalesce(ends_on, starts_on)), published_from);
create index event_country_idx on event (lower(country));
create index event_country_code_idx on event (country_code);
create index event_region_heading_idx on event (lower(region_heading));
create index event_region_idx on event (lower(region));
create index event_region_code_idx on event (lower(region_code));
create index event_group_idx on event (lower(group_name));

-- q finds list events by their group too (the name and the talks are in event.search already)
alter table event add column group_search tsvector generated always as (
    to_tsvector('roundup_english', coalesce(group_name, ''))) stored;
create index event_group_search_idx on event using gin (group_search);
