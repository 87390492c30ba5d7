-- Roundup API schema, version 1: posts, their tags, sections, link items, links between posts,
-- events and import runs. Flyway owns the schema; Hibernate never generates it.

-- The long texts use lz4: it compresses several times faster than the default pglz, which is most of
-- an import's database time.
create table post (
    id                bigint generated always as identity primary key,
    slug              text        not null,
    title             text        not null,
    author            text,
    published_at      timestamptz not null,
    -- the offset the author wrote (seconds east of UTC), so dates go out as written
    published_offset  integer     not null,
    draft             boolean     not null default false,
    roundup           boolean     not null,
    categories        text[]      not null default '{}',
    keywords          text[]      not null default '{}',
    description       text,
    image             text,
    thumbnail         text,
    intro_markdown    text        not null,
    intro_html        text compression lz4        not null,
    body_markdown     text compression lz4        not null,
    body_html         text compression lz4        not null,
    word_count        integer     not null check (word_count >= 0),
    reading_minutes   integer     not null check (reading_minutes >= 0),
    source_root       text        not null,
    source_file       text        not null,
    content_hash      text        not null,
    front_matter      jsonb       not null default '{}',
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           bigint      not null default 0,
    constraint post_slug_unique unique (slug),
    constraint post_slug_format check (slug <> '' and slug !~ '[/\s]')
);
-- public lists: newest published first, drafts excluded
create index post_published_idx on post (published_at desc, id desc) where not draft;
create index post_categories_idx on post using gin (categories);
create index post_source_idx on post (source_root, source_file);

create table tag (
    id          bigint generated always as identity primary key,
    slug        text        not null,
    name        text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    constraint tag_slug_unique unique (slug)
);

create table post_tag (
    post_id   bigint  not null references post (id) on delete cascade,
    tag_id    bigint  not null references tag (id) on delete cascade,
    position  integer not null,
    primary key (post_id, tag_id)
);
create index post_tag_tag_idx on post_tag (tag_id, post_id);

create table section (
    id           bigint generated always as identity primary key,
    post_id      bigint  not null references post (id) on delete cascade,
    position     integer not null check (position >= 0),
    -- null for the untitled section that holds link items above the first heading
    heading      text,
    slug         text,
    kind         text    not null check (kind in ('links', 'wind', 'finally', 'other')),
    markdown     text compression lz4 not null,
    html         text compression lz4 not null,
    constraint section_position_unique unique (post_id, position)
);
create index section_slug_idx on section (slug);

create table link_item (
    id                  bigint generated always as identity primary key,
    post_id             bigint  not null references post (id) on delete cascade,
    section_id          bigint  not null references section (id) on delete cascade,
    -- order within the section, and within the whole post
    position            integer not null check (position >= 0),
    post_position       integer not null check (post_position >= 0),
    title               text    not null,
    url                 text    not null,
    domain              text,
    normalized_url      text    not null,
    -- set when the destination is a relref to another post of the blog
    target_slug         text,
    commentary_markdown text compression lz4    not null,
    commentary_html     text compression lz4    not null,
    commentary_text     text compression lz4    not null,
    constraint link_item_position_unique unique (section_id, position),
    constraint link_item_post_position_unique unique (post_id, post_position)
);
create index link_item_domain_idx on link_item (domain);
create index link_item_normalized_url_idx on link_item (normalized_url);
create index link_item_target_slug_idx on link_item (target_slug) where target_slug is not null;

-- links between posts: every relref destination in a post's body, resolved by slug at read time
-- so that the target may be imported after the source
create table post_link (
    source_post_id  bigint not null references post (id) on delete cascade,
    target_slug     text   not null,
    primary key (source_post_id, target_slug)
);
create index post_link_target_idx on post_link (target_slug);

create table event (
    id           bigint generated always as identity primary key,
    slug         text        not null,
    name         text        not null,
    starts_on    date,
    ends_on      date,
    starts_at    timestamptz,
    ends_at      timestamptz,
    zone         text,
    venue        text,
    city         text,
    country      text,
    url          text,
    description  text,
    role         text        check (role in ('speaker', 'organiser', 'attendee')),
    status       text        not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
    confidence   jsonb       not null default '{}',
    -- an editor's correction is never overwritten by a re-import
    edited       boolean     not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    constraint event_slug_unique unique (slug),
    constraint event_dates_ordered check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index event_starts_on_idx on event (starts_on);

create table event_mention (
    event_id  bigint not null references event (id) on delete cascade,
    post_id   bigint not null references post (id) on delete cascade,
    primary key (event_id, post_id)
);
create index event_mention_post_idx on event_mention (post_id);

create table import_run (
    id           bigint generated always as identity primary key,
    source       text        not null,
    status       text        not null check (status in ('running', 'finished', 'failed')),
    started_at   timestamptz not null,
    finished_at  timestamptz,
    files_seen   integer     not null default 0,
    imported     integer     not null default 0,
    updated      integer     not null default 0,
    unchanged    integer     not null default 0,
    failed       integer     not null default 0,
    removed      integer     not null default 0,
    warnings     integer     not null default 0,
    link_items   integer     not null default 0,
    duration_ms  bigint,
    report       jsonb       not null default '[]',
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create index import_run_started_idx on import_run (started_at desc);
