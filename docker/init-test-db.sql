-- The tests' own database, beside the service's.
create database roundup_test owner roundup;

-- The search migration's extensions, in both databases (the image's POSTGRES_USER is a superuser).
create extension if not exists pg_trgm;
create extension if not exists unaccent;
\connect roundup_test
create extension if not exists pg_trgm;
create extension if not exists unaccent;
