-- One completed order's writes in the payments database (payment-fulfillment-service), from captured/payments.txt:
-- 2 transactions (the payment PENDING before the provider is called; then, after the locking read, CAPTURED with the
-- shipment request and two events). Reads are left out (the advisory lock, the fence, the idempotency lookup), the
-- locking read kept. Outbox rows use aggregatetype 'benchmark' (topic
-- benchmark.events), so the relay publishes them where no service consumes them.
\set qty random(1, 3)
BEGIN;
INSERT INTO payments (id, order_id, reservation_id, amount_minor, currency, shipping_address, idempotency_key,
  request_fingerprint, status, provider_charge_id, decline_reason, void_reason, failed_charge_attempts,
  last_charge_attempt_at, created_at, updated_at, version)
  VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 500 * :qty, 'EUR', '1 Load Test Road',
  'order-' || gen_random_uuid() || chr(58) || 'pay', md5(random()::text) || md5(random()::text), 'PENDING', NULL, NULL,
  NULL, 0, now(), now(), now(), 0)
  RETURNING id AS pay, order_id AS oid \gset
COMMIT;
BEGIN;
SELECT id, order_id, reservation_id, amount_minor, currency, shipping_address, idempotency_key, request_fingerprint,
  status, provider_charge_id, decline_reason, void_reason, failed_charge_attempts, last_charge_attempt_at, created_at
  FROM payments WHERE id = :pay FOR NO KEY UPDATE;
UPDATE payments SET status = 'CAPTURED', provider_charge_id = 'ch_' || gen_random_uuid(), decline_reason = NULL,
  void_reason = NULL, failed_charge_attempts = 0, last_charge_attempt_at = now(), updated_at = now(),
  version = version + 1 WHERE id = :pay;
INSERT INTO fulfillments (id, order_id, payment_id, shipping_address, status, created_at, updated_at)
  VALUES (gen_random_uuid(), :oid, :pay, '1 Load Test Road', 'REQUESTED', now(), now());
INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, occurred_at, traceparent, correlation_id, payload)
  VALUES (gen_random_uuid(), 'benchmark', :oid, 'PaymentCaptured', 1, now(), '00-d530114a5d1af2bce9918044249c6cbd-c210ec62624d8155-01', gen_random_uuid()::text,
  '{"data": {"orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "currency": "EUR", "paymentId": "d18a340c-8d2c-4e50-8bda-127b2513e2ce", "amountMinor": 500, "reservationId": "aa987b08-4db8-4faf-9f73-128de8b5b2cd", "providerChargeId": "ch_6eb78504-18cd-43ab-b069-a9a7a481b356"}, "type": "PaymentCaptured", "eventId": "70a959be-cde7-4183-bc7f-029721637aaa", "occurredAt": "2026-12-01T18:07:54.282667792Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "payment", "schemaVersion": 1}'::jsonb);
INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, occurred_at, traceparent, correlation_id, payload)
  VALUES (gen_random_uuid(), 'benchmark', :oid, 'FulfillmentRequested', 1, now(), '00-d530114a5d1af2bce9918044249c6cbd-c210ec62624d8155-01', gen_random_uuid()::text,
  '{"data": {"orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "paymentId": "d18a340c-8d2c-4e50-8bda-127b2513e2ce", "fulfillmentId": "12b6ab91-994a-401a-bddc-0d34769f5ef8", "shippingAddress": "1 Capture Road"}, "type": "FulfillmentRequested", "eventId": "170265f5-88a5-4902-b783-9891cf95bd81", "occurredAt": "2026-12-01T18:07:54.283150672Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "payment", "schemaVersion": 1}'::jsonb);
COMMIT;
