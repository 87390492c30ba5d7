-- Events read from the author's prose: an event that moved says so, and each mention keeps what a reader should
-- check ("weekday-mismatch": the weekday given is not the date's; "undated": the text gives no date).
-- The status checks are widened (every value allowed before is still allowed).
alter table event drop constraint if exists event_status_check;
alter table event add constraint event_status_check check (status in ('scheduled', 'cancelled', 'moved'));
alter table event_mention drop constraint if exists event_mention_status_check;
alter table event_mention add constraint event_mention_status_check
    check (status in ('scheduled', 'cancelled', 'moved'));
alter table event_mention add column flags jsonb not null default '[]';

-- Events without a date are found by the dates of the posts that mention them.
create index event_undated_idx on event (id) where starts_on is null;

-- The extractor reads more now: forgetting the content hashes makes the next import read every post again.
update post set content_hash = '';
