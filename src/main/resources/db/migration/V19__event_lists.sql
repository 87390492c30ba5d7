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

-- When the event became public: the earliest date of a published (not draft) post that mentions it, null when none
-- does. "Public" (event.EventFilter.PUBLIC) is then "published_from <= now()" (or an editor's own event that no post
-- mentions), one comparison instead of a join per event: at 15,000 events that join cost every list its budget.
-- Kept by triggers on the mentions, so every way of writing them (import, the editorial API, deleted posts through
-- the cascade) keeps it true; posts are rewritten with their mentions, never made draft in place.
alter table event add column published_from timestamptz;

create function event_published_from_sync(p_event_ids bigint[]) returns void
language sql as $$
    update event e set published_from = v.published_from
    from (select ids.id, (select min(p.published_at) from event_mention m join post p on p.id = m.post_id
                          where m.event_id = ids.id and not p.draft) as published_from
          from unnest(p_event_ids) as ids(id)) v
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

create trigger mention_published_from_insert after insert on event_mention referencing new table as new_rows
    for each statement execute function event_published_from_trigger();
create trigger mention_published_from_delete after delete on event_mention referencing old table as old_rows
    for each statement execute function event_published_from_trigger();

select event_published_from_sync(array(select id from event));

-- The list's order (START in EventQueries: undated events last) walked by index, so a page stops after its rows;
-- the filters of /events that are not already indexed (city is, by V6).
create index event_sort_start_idx on event ((coalesce(starts_on, date '9999-12-31')), id);
create index event_published_from_idx on event (published_from);
create index event_country_idx on event (lower(country));
create index event_country_code_idx on event (country_code);
create index event_mode_idx on event (mode);
create index event_region_heading_idx on event (lower(region_heading));
create index event_region_idx on event (lower(region));
create index event_region_code_idx on event (lower(region_code));
create index event_group_idx on event (lower(group_name));

-- q finds list events by their group too (the name and the talks are in event.search already)
alter table event add column group_search tsvector generated always as (
    to_tsvector('roundup_english', coalesce(group_name, ''))) stored;
create index event_group_search_idx on event using gin (group_search);
