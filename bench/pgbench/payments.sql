-- One completed order's writes in the payments database (payment-fulfillment-service), from captured/payments.txt:
-- 2 transactions (the payment PENDING before the provider is called; then CAPTURED with the shipment request and
-- two events). Reads are left out, row locks kept. Outbox rows use aggregatetype 'benchmark' (topic
-- benchmark.events), so the relay publishes them where no service consumes them.
\set qty random(1, 3)
BEGIN;
insert into payments (amount_minor,created_at,currency,decline_reason,failed_charge_attempts,idempotency_key,
  last_charge_attempt_at,order_id,provider_charge_id,request_fingerprint,reservation_id,shipping_address,status,
  updated_at,version,void_reason,id)
  values (500 * :qty,now(),'EUR',NULL,0,'order-' || gen_random_uuid() || chr(58) || 'pay',now(),gen_random_uuid(),NULL,
  md5(random()::text) || md5(random()::text),gen_random_uuid(),'1 Load Test Road','PENDING',now(),0,NULL,
  gen_random_uuid())
  RETURNING id AS pay, order_id AS oid, idempotency_key AS ikey, request_fingerprint AS fp, reservation_id AS rid \gset
COMMIT;
BEGIN;
select id from payments where id = :pay for no key update;
insert into fulfillments (created_at,order_id,payment_id,shipping_address,status,updated_at,id)
  values (now(),:oid,:pay,'1 Load Test Road','REQUESTED',now(),gen_random_uuid());
insert into outbox (aggregateid,aggregatetype,correlation_id,occurred_at,payload,schemaversion,traceparent,type,id)
  values (:oid,'benchmark',gen_random_uuid()::text,now(),'{"data": {"orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "currency": "EUR", "paymentId": "d18a340c-8d2c-4e50-8bda-127b2513e2ce", "amountMinor": 500, "reservationId": "aa987b08-4db8-4faf-9f73-128de8b5b2cd", "providerChargeId": "ch_6eb78504-18cd-43ab-b069-a9a7a481b356"}, "type": "PaymentCaptured", "eventId": "70a959be-cde7-4183-bc7f-029721637aaa", "occurredAt": "2026-12-01T18:07:54.282667792Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "payment", "schemaVersion": 1}',
  1,'00-d530114a5d1af2bce9918044249c6cbd-c210ec62624d8155-01','PaymentCaptured',gen_random_uuid());
insert into outbox (aggregateid,aggregatetype,correlation_id,occurred_at,payload,schemaversion,traceparent,type,id)
  values (:oid,'benchmark',gen_random_uuid()::text,now(),'{"data": {"orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "paymentId": "d18a340c-8d2c-4e50-8bda-127b2513e2ce", "fulfillmentId": "12b6ab91-994a-401a-bddc-0d34769f5ef8", "shippingAddress": "1 Capture Road"}, "type": "FulfillmentRequested", "eventId": "170265f5-88a5-4902-b783-9891cf95bd81", "occurredAt": "2026-12-01T18:07:54.283150672Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "payment", "schemaVersion": 1}',
  1,'00-d530114a5d1af2bce9918044249c6cbd-c210ec62624d8155-01','FulfillmentRequested',gen_random_uuid());
update payments set amount_minor=500 * :qty,created_at=now(),currency='EUR',decline_reason=NULL,failed_charge_attempts=0,
  idempotency_key=:ikey,last_charge_attempt_at=now(),order_id=:oid,provider_charge_id='ch_' || gen_random_uuid(),
  request_fingerprint=:fp,reservation_id=:rid,shipping_address='1 Load Test Road',status='CAPTURED',updated_at=now(),
  version=1,void_reason=NULL where id=:pay and version=0;
COMMIT;
