-- What an event was called before an editor corrected it: a re-import still finds the event by the name,
-- start date or URL the posts give it, so their mentions join the corrected event instead of making another.
create table event_alias (
    event_id        bigint not null references event (id) on delete cascade,
    name            text   not null,
    starts_on       date,
    normalized_url  text
);
create index event_alias_event_idx on event_alias (event_id);
create index event_alias_name_idx on event_alias (lower(name), starts_on);
create index event_alias_url_idx on event_alias (normalized_url) where normalized_url is not null;
