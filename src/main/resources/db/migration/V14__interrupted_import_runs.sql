-- An import whose process died is marked interrupted (RunLiveness), instead of staying "running" for ever.
alter table import_run drop constraint import_run_status_check;
alter table import_run add constraint import_run_status_check
    check (status in ('running', 'finished', 'failed', 'interrupted'));
