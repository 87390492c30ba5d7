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

-- An editor's correction of a link item. Link items are rewritten whenever their post is, so the correction
-- is kept apart, keyed by the post and the URL the post's markdown gives the item, and applied again by every
-- write of the post (import or API). A null column leaves that field as the markdown says; deleted drops the item.
create table link_correction (
    post_slug                text        not null,
    original_normalized_url  text        not null,
    title                    text,
    url                      text,
    domain                   text,
    normalized_url           text,
    commentary_markdown      text,
    commentary_html          text,
    commentary_text          text,
    deleted                  boolean     not null default false,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    primary key (post_slug, original_normalized_url)
);

-- the URL the post's markdown gives a corrected item: what its correction is keyed by
alter table link_item add column corrected_from text;
