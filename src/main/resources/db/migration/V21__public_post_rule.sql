-- The rule of a public post, written once: not a draft, and its date has come. Java (PostFilter.PUBLISHED) and
-- the change log's functions below call it. A one-line SQL function that is STABLE and not STRICT is inlined by
-- the planner, so a query using it plans as if the condition were written out, partial indexes on "not draft"
-- included (PublicPostRuleTest checks the plans).
create function post_is_public(p_draft boolean, p_published_at timestamptz) returns boolean
language sql stable parallel safe as $$
    select not p_draft and p_published_at <= now()
$$;

-- The change log's functions as V16 and V8 left them, calling the rule instead of spelling it out.
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
        from post p where p.slug = any (p_keys) and post_is_public(p.draft, p.published_at);
    elsif p_type = 'link' then
        select coalesce(array_agg(l.id::text), '{}'), coalesce(array_agg(p.slug), '{}') into public_keys, public_slugs
        from link_item l join post p on p.id = l.post_id
        where l.id = any (p_keys::bigint[]) and post_is_public(p.draft, p.published_at);
    else
        select coalesce(array_agg(e.slug), '{}'), coalesce(array_agg(null::text), '{}') into public_keys, public_slugs
        from event e
        where e.slug = any (p_keys)
          and (exists (select 1 from event_mention m join post p on p.id = m.post_id
                       where m.event_id = e.id and post_is_public(p.draft, p.published_at))
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

create or replace function change_log_publish_due() returns integer
language plpgsql as $$
declare
    due text[];
    due_ids bigint[];
begin
    perform pg_advisory_xact_lock(hashtext('change_log_publish_due'));
    select coalesce(array_agg(p.slug), '{}'), coalesce(array_agg(p.id), '{}') into due, due_ids
    from post p
    where post_is_public(p.draft, p.published_at)
      and not exists (select 1 from change_public c where c.entity_type = 'post' and c.entity_key = p.slug);
    due := due || array(select c.entity_key from change_public c where c.entity_type = 'post'
                         and not exists (select 1 from post p where p.slug = c.entity_key
                                         and post_is_public(p.draft, p.published_at)));
    perform change_log_sync_posts(due, due_ids, false);
    return cardinality(due);
end $$;

-- "Did you mean" vocabulary as V11 left it, by the same rule.
drop materialized view search_term;
create materialized view search_term as
select word as term, ndoc as documents
from ts_stat($$
    select to_tsvector('simple', lower(unaccent(l.title))) from link_item l join post p on p.id = l.post_id
        where post_is_public(p.draft, p.published_at)
    union all
    select to_tsvector('simple', lower(unaccent(p.title))) from post p where post_is_public(p.draft, p.published_at)
    union all
    select to_tsvector('simple', lower(unaccent(t.name))) from tag t
        where exists (select 1 from post_tag pt join post p on p.id = pt.post_id
                      where pt.tag_id = t.id and post_is_public(p.draft, p.published_at))
    union all
    select to_tsvector('simple', lower(unaccent(e.name))) from event e
        where exists (select 1 from event_mention m join post p on p.id = m.post_id
                      where m.event_id = e.id and post_is_public(p.draft, p.published_at))
           or (e.edited and not exists (select 1 from event_mention m where m.event_id = e.id))
$$)
where length(word) between 3 and 40 and word ~ '^[[:alpha:]]+$';
create unique index search_term_term_idx on search_term (term);
create index search_term_trgm_idx on search_term using gist (term gist_trgm_ops);
