-- The tests' own database, beside the service's.
create database roundup_test owner roundup;
