-- Link items added by editors (POST /api/v1/posts/{slug}/links). Like a correction, an addition is kept apart
-- from the post's markdown and applied again by every write of the post (LinkAdditions): into the section with
-- this slug (null: the untitled section above the first heading), right after the item whose URL it followed
-- when it was added (null: first), else at the position it was given. It lapses while the post's markdown has
-- the link itself (then it acts as a correction of that item); deleted drops it like any deleted item.
alter table link_correction
    add column added                boolean not null default false,
    add column section_slug         text,
    add column position             integer check (position >= 0),
    add column after_normalized_url text;

-- How far the change log has been purged (ChangeLogPurge): the last purged change in feed order, and the
-- latest time of a purged change. A reader whose cursor or since lies before it gets a 410 and resyncs.
-- Purges take a prefix of the feed order, so every change kept comes after this position.
create table change_log_purge (
    id         integer     primary key check (id = 1),
    tx         bigint      not null,
    change_id  bigint      not null,
    last_at    timestamptz not null,
    purged_at  timestamptz not null default now()
);

-- Redelivery (POST /api/v1/admin/webhooks/deliveries/{id}/redeliver): a new delivery of the same change and
-- payload, naming the delivery it repeats. Not a foreign key: the original may be purged before its copy.
-- Only the deliveries made from the change log are unique per change and URL.
alter table webhook_delivery add column redelivery_of bigint;
alter table webhook_delivery drop constraint webhook_delivery_unique;
create unique index webhook_delivery_unique on webhook_delivery (change_id, url) where redelivery_of is null;
-- the purge of finished deliveries (DeliveryPurge)
create index webhook_delivery_finished_idx on webhook_delivery (updated_at) where status <> 'pending';
