-- A post written whole (deleted, inserted again with its sections and link items, as the importer and the
-- editorial API do) used to be compared with change_public three times: by the post's delete trigger, by its
-- insert trigger and by the link items' insert trigger, each with its own queries, inserts and NOTIFYs. Such a
-- writer may now say, for its transaction only,
--     select set_config('roundup.post_changes', 'once', true)
-- and then call change_log_sync_posts() once after the last statement: the post and link item triggers stay
-- quiet for that transaction, and the one call finds the same transitions (the comparison is with what was
-- announced, not with the steps in between, and steps of one transaction merge into one row anyway).
-- Events and their mentions keep their own triggers: an event's own fields change by UPDATE, which only the
-- trigger sees. Every other way in (SQL by hand, other writers) is unchanged.
create function change_log_post_changes_once() returns boolean
language sql stable as $$
    select coalesce(current_setting('roundup.post_changes', true), '') = 'once'
$$;

create or replace function change_log_post_trigger() returns trigger
language plpgsql as $$
begin
    if change_log_post_changes_once() then
        return null;
    end if;
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

create or replace function change_log_link_trigger() returns trigger
language plpgsql as $$
begin
    if change_log_post_changes_once() then
        return null;
    end if;
    if tg_op = 'DELETE' then
        perform change_log_sync('link', array(select id::text from old_rows), true);
    else
        perform change_log_sync('link', array(select id::text from new_rows), true);
    end if;
    return null;
end $$;
