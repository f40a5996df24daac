-- H2 (demo mode) has no PL/pgSQL triggers; the append-only rule is enforced by the application there
-- and by a database trigger on PostgreSQL (see the postgresql migrations).
select 1;
