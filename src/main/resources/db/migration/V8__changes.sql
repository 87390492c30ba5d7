-- Change log: every public change to posts, link items and events, written by triggers so that every way in
-- (the importer, the write API, SQL by hand) is covered. Read by GET /api/v1/changes, by the cache
-- invalidation (NOTIFY roundup_changes) and by the webhooks.
--
-- Only what the public can see is logged. change_public holds what the log has announced as public; after
-- each statement the touched entities are compared with it: public now and not announced = created, announced
-- and not public now = deleted (a post made a draft, a link item of such a post, an event no published post
-- mentions any more), both = updated. A draft's creation is therefore not logged; its publication is logged as
-- created; a scheduled post is announced by change_log_publish_due(), which the service runs every few seconds.
--
-- One row per entity and transaction: the same entity touched twice in one transaction is merged, so the
-- importer's delete-and-insert of a post comes out as one "updated", and an insert then delete as nothing.
create table change_log (
    id           bigint generated always as identity primary key,
    -- the writing transaction (pg_current_xact_id): readers page by (tx, id), see change_log_visible_before()
    tx           bigint      not null,
    entity_type  text        not null check (entity_type in ('post', 'link', 'event')),
    -- post slug, link item id, event slug
    entity_key   text        not null,
    -- the post of a link item (and the post itself)
    post_slug    text,
    action       text        not null check (action in ('created', 'updated', 'deleted')),
    at           timestamptz not null default now()
);
create index change_log_order_idx on change_log (tx, id);
create index change_log_merge_idx on change_log (tx, entity_type, entity_key);
create index change_log_at_idx on change_log (at);

create table change_public (
    entity_type  text not null,
    entity_key   text not null,
    post_slug    text,
    primary key (entity_type, entity_key)
);

-- Compares the given entities with what was announced and logs the difference (see above). touched: the
-- entities themselves were written (so public and announced means updated), not only re-checked.
create function change_log_sync(p_type text, p_keys text[], p_touched boolean) returns void
language plpgsql as $$
declare
    current_tx bigint := pg_current_xact_id()::text::bigint;
    public_keys text[];
    public_slugs text[];
    notes text[];
begin
    if p_keys is null or cardinality(p_keys) = 0 then
        return;
    end if;
    if p_type = 'post' then
        select coalesce(array_agg(p.slug), '{}'), coalesce(array_agg(p.slug), '{}') into public_keys, public_slugs
        from post p where p.slug = any (p_keys) and not p.draft and p.published_at <= now();
    elsif p_type = 'link' then
        select coalesce(array_agg(l.id::text), '{}'), coalesce(array_agg(p.slug), '{}') into public_keys, public_slugs
        from link_item l join post p on p.id = l.post_id
        where l.id = any (p_keys::bigint[]) and not p.draft and p.published_at <= now();
    else
        select coalesce(array_agg(e.slug), '{}'), coalesce(array_agg(null::text), '{}') into public_keys, public_slugs
        from event e
        where e.slug = any (p_keys) and exists (select 1 from event_mention m join post p on p.id = m.post_id
                                                where m.event_id = e.id and not p.draft and p.published_at <= now());
    end if;

    with keys as (select distinct k as key from unnest(p_keys) k),
    pub as (select * from unnest(public_keys, public_slugs) as t(key, post_slug)),
    announced as (select c.entity_key as key, c.post_slug from change_public c
                  where c.entity_type = p_type and c.entity_key = any (p_keys)),
    transition as (
        select keys.key, coalesce(pub.post_slug, announced.post_slug) as post_slug,
               case when pub.key is not null and announced.key is null then 'created'
                    when pub.key is null and announced.key is not null then 'deleted'
                    when pub.key is not null and p_touched then 'updated' end as action
        from keys left join pub on pub.key = keys.key left join announced on announced.key = keys.key),
    changed as (select * from transition where action is not null),
    unannounce as (delete from change_public c using changed
                   where changed.action = 'deleted' and c.entity_type = p_type and c.entity_key = changed.key),
    announce as (insert into change_public (entity_type, entity_key, post_slug)
                 select p_type, key, post_slug from changed where action = 'created'
                 on conflict do nothing),
    -- delete then create = updated; create then update = created; update then delete = deleted
    merged as (
        update change_log c
        set action = case when c.action = 'deleted' and changed.action = 'created' then 'updated'
                          when c.action = 'created' then 'created'
                          else changed.action end,
            post_slug = coalesce(changed.post_slug, c.post_slug)
        from changed
        where c.tx = current_tx and c.entity_type = p_type and c.entity_key = changed.key
          and not (c.action = 'created' and changed.action = 'deleted')
        returning c.entity_key),
    -- created then deleted in one transaction: nobody saw it
    cancelled as (
        delete from change_log c using changed
        where c.tx = current_tx and c.entity_type = p_type and c.entity_key = changed.key
          and c.action = 'created' and changed.action = 'deleted'
        returning c.entity_key),
    logged as (
        insert into change_log (tx, entity_type, entity_key, post_slug, action)
        select current_tx, p_type, changed.key, changed.post_slug, changed.action from changed
        where changed.key not in (select entity_key from merged union all select entity_key from cancelled))
    select coalesce(array_agg(p_type || chr(9) || key || chr(9) || coalesce(post_slug, '')), '{}') into notes
    from changed;
    -- delivered at commit, identical payloads once: type, key and post slug, tab-separated
    perform pg_notify('roundup_changes', note) from unnest(notes) note;
end $$;

-- A post's visibility carries its link items and the events it mentions.
create function change_log_sync_posts(p_slugs text[], p_post_ids bigint[], p_touched boolean) returns void
language plpgsql as $$
begin
    perform change_log_sync('post', p_slugs, p_touched);
    perform change_log_sync('link', array(
        select l.id::text from link_item l where l.post_id = any (p_post_ids)
        union
        select c.entity_key from change_public c where c.entity_type = 'link' and c.post_slug = any (p_slugs)), false);
    perform change_log_sync('event', array(
        select e.slug from event e join event_mention m on m.event_id = e.id where m.post_id = any (p_post_ids)), false);
end $$;

create function change_log_post_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform change_log_sync_posts(array(select slug from new_rows), array(select id from new_rows), true);
    elsif tg_op = 'UPDATE' then
        perform change_log_sync_posts(array(select slug from new_rows union select slug from old_rows),
                                      array(select id from new_rows), true);
    else
        perform change_log_sync_posts(array(select slug from old_rows), array(select id from old_rows), true);
    end if;
    return null;
end $$;

create function change_log_link_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform change_log_sync('link', array(select id::text from old_rows), true);
    else
        perform change_log_sync('link', array(select id::text from new_rows), true);
    end if;
    return null;
end $$;

create function change_log_event_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform change_log_sync('event', array(select slug from old_rows), true);
    elsif tg_op = 'UPDATE' then
        perform change_log_sync('event', array(select slug from new_rows union select slug from old_rows), true);
    else
        perform change_log_sync('event', array(select slug from new_rows), true);
    end if;
    return null;
end $$;

-- An event's public state depends on the posts that mention it.
create function change_log_mention_trigger() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform change_log_sync('event', array(select e.slug from event e join old_rows o on o.event_id = e.id), true);
    else
        perform change_log_sync('event', array(select e.slug from event e join new_rows n on n.event_id = e.id), true);
    end if;
    return null;
end $$;

-- Statement triggers with transition tables: one call per statement, however many rows (imports insert link
-- items by the hundred in one statement).
create trigger post_changes_insert after insert on post referencing new table as new_rows
    for each statement execute function change_log_post_trigger();
create trigger post_changes_update after update on post referencing old table as old_rows new table as new_rows
    for each statement execute function change_log_post_trigger();
create trigger post_changes_delete after delete on post referencing old table as old_rows
    for each statement execute function change_log_post_trigger();

create trigger link_changes_insert after insert on link_item referencing new table as new_rows
    for each statement execute function change_log_link_trigger();
create trigger link_changes_update after update on link_item referencing old table as old_rows new table as new_rows
    for each statement execute function change_log_link_trigger();
create trigger link_changes_delete after delete on link_item referencing old table as old_rows
    for each statement execute function change_log_link_trigger();

create trigger event_changes_insert after insert on event referencing new table as new_rows
    for each statement execute function change_log_event_trigger();
create trigger event_changes_update after update on event referencing old table as old_rows new table as new_rows
    for each statement execute function change_log_event_trigger();
create trigger event_changes_delete after delete on event referencing old table as old_rows
    for each statement execute function change_log_event_trigger();

create trigger mention_changes_insert after insert on event_mention referencing new table as new_rows
    for each statement execute function change_log_mention_trigger();
create trigger mention_changes_delete after delete on event_mention referencing old table as old_rows
    for each statement execute function change_log_mention_trigger();

-- Scheduled posts become public by the clock, not by a write: announce those that are due (and withdraw
-- anything announced that is no longer public, which only a missed trigger could cause). Returns how many
-- posts changed. Several instances may run it at once: the advisory lock makes it one at a time.
create function change_log_publish_due() returns integer
language plpgsql as $$
declare
    due text[];
    due_ids bigint[];
begin
    perform pg_advisory_xact_lock(hashtext('change_log_publish_due'));
    select coalesce(array_agg(p.slug), '{}'), coalesce(array_agg(p.id), '{}') into due, due_ids
    from post p
    where not p.draft and p.published_at <= now()
      and not exists (select 1 from change_public c where c.entity_type = 'post' and c.entity_key = p.slug);
    due := due || array(select c.entity_key from change_public c where c.entity_type = 'post'
                         and not exists (select 1 from post p where p.slug = c.entity_key and not p.draft
                                         and p.published_at <= now()));
    perform change_log_sync_posts(due, due_ids, false);
    return cardinality(due);
end $$;

-- What exists already is announced once, so that a reader starting from the beginning gets everything.
select change_log_publish_due();

-- Webhooks: every change after the cursor becomes one delivery per configured URL (see WebhookDispatcher).
create table webhook_delivery (
    id             bigint generated always as identity primary key,
    change_id      bigint      not null,
    url            text        not null,
    payload        text        not null,
    status         text        not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    attempts       integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    response_code  integer,
    last_error     text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint webhook_delivery_unique unique (change_id, url)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';

-- How far the change log has been turned into deliveries: one row, shared by every instance.
create table webhook_cursor (
    id         integer primary key check (id = 1),
    tx         bigint  not null,
    change_id  bigint  not null
);
