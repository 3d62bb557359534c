-- One completed order's writes in the gateway database (api-gateway), from captured/gateway.txt: the audit row of
-- POST /orders. The gateway writes the rows that waited 50 ms in one transaction, so under load many requests share a
-- commit; one order captured alone had one, and that is what this script does (it overstates the gateway's share).
-- Run with -M prepared (the services use prepared statements).
BEGIN;
INSERT INTO request_audit (correlation_id, method, path, status, duration_ms, subject, client_address, received_at)
  VALUES (gen_random_uuid()::text, 'POST', '/orders', 201, 250, gen_random_uuid()::text, '127.0.0.1', now());
COMMIT;
