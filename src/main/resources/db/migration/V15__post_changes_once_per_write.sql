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

-- V8's triggers again, with a condition: quiet while such a writer logs its post's changes itself.
drop trigger post_changes_insert on post;
create trigger post_changes_insert after insert on post referencing new table as new_rows
    for each statement when (not change_log_post_changes_once()) execute function change_log_post_trigger();
drop trigger post_changes_update on post;
create trigger post_changes_update after update on post referencing old table as old_rows new table as new_rows
    for each statement when (not change_log_post_changes_once()) execute function change_log_post_trigger();
drop trigger post_changes_delete on post;
create trigger post_changes_delete after delete on post referencing old table as old_rows
    for each statement when (not change_log_post_changes_once()) execute function change_log_post_trigger();
drop trigger link_changes_insert on link_item;
create trigger link_changes_insert after insert on link_item referencing new table as new_rows
    for each statement when (not change_log_post_changes_once()) execute function change_log_link_trigger();
drop trigger link_changes_update on link_item;
create trigger link_changes_update after update on link_item referencing old table as old_rows new table as new_rows
    for each statement when (not change_log_post_changes_once()) execute function change_log_link_trigger();
drop trigger link_changes_delete on link_item;
create trigger link_changes_delete after delete on link_item referencing old table as old_rows
    for each statement when (not change_log_post_changes_once()) execute function change_log_link_trigger();
