-- An event is public by the rule of the event endpoints (event.EventFilter.PUBLIC): a published post mentions
-- it, or an editor entered it and no post mentions it yet. V8 knew only the first half, so an editor's own event
-- was never announced: no change feed item, no webhook, and no NOTIFY, so no instance forgot the caches it
-- made stale. Only the event branch of the comparison changes.
create or replace function change_log_sync(p_type text, p_keys text[], p_touched boolean) returns void
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
        where e.slug = any (p_keys)
          and (exists (select 1 from event_mention m join post p on p.id = m.post_id
                       where m.event_id = e.id and not p.draft and p.published_at <= now())
               or (e.edited and not exists (select 1 from event_mention m where m.event_id = e.id)));
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

-- Editors' events entered before this version are announced now.
select change_log_sync('event', array(select e.slug from event e where e.edited
    and not exists (select 1 from event_mention m where m.event_id = e.id)), false);
