-- The audit log is append-only: the database itself refuses to change or remove an entry,
-- whatever the application (or someone with its credentials) asks.
create function audit_entry_refuse_change() returns trigger as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$ language plpgsql;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
