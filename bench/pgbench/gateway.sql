-- One completed order's writes in the gateway database (api-gateway), from captured/gateway.txt:
-- 1 transaction, the audit row of POST /orders. Run with -M prepared (the services use prepared statements).
BEGIN;
insert into request_audit (client_address,correlation_id,duration_ms,method,path,received_at,status,subject)
  values ('127.0.0.1',gen_random_uuid()::text,250,'POST','/orders',now(),201,gen_random_uuid()::text) RETURNING *;
COMMIT;
