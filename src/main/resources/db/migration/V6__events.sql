-- Events read out of WIND sections: what each post says about an event (its mention, with the passage and
-- how sure the extractor was of each field), and the event itself, merged from every mention.

-- The event's URL as compared: mentions of the same page in different weeks merge into one event.
alter table event add column normalized_url text;
alter table event add column approximate boolean not null default false;
-- [{"title": ..., "summary": ...}]
alter table event add column talks jsonb not null default '[]';
create index event_normalized_url_idx on event (normalized_url) where normalized_url is not null;
create index event_name_idx on event (lower(name), starts_on);
create index event_city_idx on event (lower(city));

alter table event_mention add column name text not null default '';
alter table event_mention add column url text;
alter table event_mention add column starts_on date;
alter table event_mention add column ends_on date;
alter table event_mention add column approximate boolean not null default false;
alter table event_mention add column role text check (role in ('speaker', 'organiser', 'attendee'));
alter table event_mention add column city text;
alter table event_mention add column status text not null default 'scheduled'
    check (status in ('scheduled', 'cancelled'));
alter table event_mention add column talks jsonb not null default '[]';
-- the sentence the mention was read from
alter table event_mention add column passage text not null default '';
alter table event_mention add column confidence jsonb not null default '{}';
-- false for a dateless reference to an event known from other posts
alter table event_mention add column dated boolean not null default true;

-- Event links a WIND section names without a date: they become mentions once (or as soon as) an event
-- with that URL is known, whatever order the posts are imported in.
create table event_reference (
    post_id         bigint not null references post (id) on delete cascade,
    normalized_url  text   not null,
    passage         text   not null,
    primary key (post_id, normalized_url)
);
create index event_reference_url_idx on event_reference (normalized_url);

-- Posts imported before this version have no mentions: forgetting their content hashes makes the next
-- import read every file again (and extract its events) instead of skipping it as unchanged.
update post set content_hash = '';
