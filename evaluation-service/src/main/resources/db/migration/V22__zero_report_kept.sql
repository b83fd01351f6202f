-- A filed zero report (零报告) is an office's statement that it had nothing to record that month, and it counts toward a
-- run's completeness like the records themselves: no API deletes one, and neither may the run-time role (as run_review
-- and spending, V18 and V20; V20 revoked only TRUNCATE).
REVOKE DELETE ON zero_report FROM ${app_role};
