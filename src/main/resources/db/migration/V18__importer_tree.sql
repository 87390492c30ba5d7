-- One importer for the world's roundups (issue 20).
-- Posts carry their issue number ("Number: 665", or the number a roundup's title ends with).
alter table post add column number integer;
create index post_number_idx on post (number) where number is not null;

-- Sections form a tree: every heading from # to ###### opens one. A section keeps its heading's level as written,
-- the position of the section it sits in (null at the top; positions are unique per post, so no key is needed and
-- a post's sections are still inserted in one statement), the slugs and the headings from the top-level section
-- down to itself (a section filter matches sub-sections through the slugs; a link item shows its section path
-- from both), where the heading links to when it is a link, and the position of the last section inside it. 'events' sections ("Upcoming Events") never hold link items.
alter table section drop constraint section_kind_check;
alter table section add constraint section_kind_check
    check (kind in ('links', 'wind', 'finally', 'other', 'events'));
alter table section
    add column level smallint not null default 2,
    add column parent_position integer,
    add column path text[] not null default '{}',
    add column heading_path text[] not null default '{}',
    add column heading_url text,
    add column subtree_end integer;
-- Sections written before were flat, each at the top (the importer's new parser version imports every file again).
update section set level = case when heading is null then 0 else 2 end,
    path = case when slug is null then '{}'::text[] else array[slug] end,
    heading_path = case when heading is null then '{}'::text[] else array[heading] end,
    subtree_end = position;
alter table section alter column subtree_end set not null;
create index section_path_idx on section using gin (path);

-- Link items keep the labels written before their link ([video], [audio], [series]) and the bullets nested
-- under them: [{"depth":1,"title":...,"url":...,"labels":[...],"text":...}, ...].
alter table link_item
    add column labels text[] not null default '{}',
    add column sub_items jsonb not null default '[]';
