-- A student's id number from the institution's roster (issue 8), so a re-imported roster finds the same account.
-- Stored in upper case by the service; unique when present (H2 and PostgreSQL let a unique index hold many nulls).
alter table user_account add column student_number varchar(64);
create unique index user_account_student_number_unique on user_account (student_number);
