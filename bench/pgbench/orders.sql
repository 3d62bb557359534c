-- One completed order's writes in the orders database (order-service), from captured/orders.txt: 7 transactions.
-- The saga's steps lock the order's row, then read the order with its lines in one statement, and save only the
-- columns they change.
-- The saga's own: placed (order with its line in one statement, payment token, OrderPlaced), RESERVED, PAID,
-- FULFILLMENT_CREATED with OrderConfirmed, and the stored answer for idempotent replays; the notification
-- consumer's (1); the timeline projection's 6 inserts, one per event of the order (keyed by event id, the timeline is
-- its own inbox), in one transaction: the consumer takes a poll's events together, and under load a poll holds
-- several orders' events, so an order's share is at most one commit (one order captured alone shows one per event,
-- as each came in its own poll).
-- Reads are left out, except the steps' lock and the read after it (order and lines). Outbox rows use aggregatetype
-- 'benchmark' (topic benchmark.events), so the relay publishes them where no service consumes them.
\set qty random(1, 3)
\set n random(0, :skus - 1)
\set c random(1, 20)
BEGIN;
WITH created AS (
  INSERT INTO orders (id, status, currency, shipping_address, customer_id, idempotency_key, request_fingerprint,
                      created_at, updated_at)
  VALUES (gen_random_uuid(), 'NEW', 'EUR', '1 Load Test Road', 'pgbench-customer-' || :c::text, gen_random_uuid()::text,
          md5(random()::text) || md5(random()::text), now(), now()) RETURNING id)
INSERT INTO order_lines (order_id, line_no, sku, quantity)
  SELECT created.id, l.line_no, l.sku, l.quantity
  FROM created, unnest(ARRAY[:skuprefix::text || lpad(:n::text, 2, '0')]::varchar[], ARRAY[:qty]::int[])
    WITH ORDINALITY AS l(sku, quantity, line_no)
  RETURNING order_id AS oid, gen_random_uuid() AS rid, gen_random_uuid() AS pay, gen_random_uuid() AS ful,
    gen_random_uuid()::text AS corr \gset
INSERT INTO order_payment_tokens (order_id, payment_token) VALUES (:oid, 'tok_approve');
INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, occurred_at, traceparent, correlation_id, payload)
  VALUES (gen_random_uuid(), 'benchmark', :oid, 'OrderPlaced', 1, now(), '00-d530114a5d1af2bce9918044249c6cbd-c210ec62624d8155-01', :corr,
  '{"data": {"orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "currency": "EUR", "lines": [{"sku": "LOAD-582901-00", "quantity": 1}], "placedAt": "2026-12-01T18:07:54.178625824Z"}, "type": "OrderPlaced", "eventId": "984e01a0-078a-424c-a55c-0c57eca3ccb9", "occurredAt": "2026-12-01T18:07:54.182851Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "order", "schemaVersion": 1}'::jsonb);
COMMIT;
BEGIN;
SELECT 1 FROM orders WHERE id = :oid FOR UPDATE;
SELECT o.status, o.currency, o.shipping_address, o.created_at, o.failure_code, o.failure_reason, o.cancelled_from,
  o.reservation_id, o.payment_id, o.fulfillment_id, l.sku, l.quantity, l.unit_price_minor
  FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.id = :oid ORDER BY l.line_no;
WITH saved AS (
  UPDATE orders SET status = 'RESERVED', failure_code = NULL, failure_reason = NULL, cancelled_from = NULL,
    reservation_id = :rid, payment_id = NULL, fulfillment_id = NULL, updated_at = now(), version = version + 1
  WHERE id = :oid RETURNING id)
UPDATE order_lines l SET unit_price_minor = p.price
  FROM saved, unnest(ARRAY[:skuprefix::text || lpad(:n::text, 2, '0')]::varchar[], ARRAY[500]::bigint[]) AS p(sku, price)
  WHERE l.order_id = saved.id AND l.sku = p.sku AND l.unit_price_minor IS NULL;
COMMIT;
BEGIN;
SELECT 1 FROM orders WHERE id = :oid FOR UPDATE;
SELECT o.status, o.currency, o.shipping_address, o.created_at, o.failure_code, o.failure_reason, o.cancelled_from,
  o.reservation_id, o.payment_id, o.fulfillment_id, l.sku, l.quantity, l.unit_price_minor
  FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.id = :oid ORDER BY l.line_no;
WITH saved AS (
  UPDATE orders SET status = 'PAID', failure_code = NULL, failure_reason = NULL, cancelled_from = NULL,
    reservation_id = :rid, payment_id = :pay, fulfillment_id = :ful, updated_at = now(), version = version + 1
  WHERE id = :oid RETURNING id)
UPDATE order_lines l SET unit_price_minor = p.price
  FROM saved, unnest(ARRAY[:skuprefix::text || lpad(:n::text, 2, '0')]::varchar[], ARRAY[500]::bigint[]) AS p(sku, price)
  WHERE l.order_id = saved.id AND l.sku = p.sku AND l.unit_price_minor IS NULL;
COMMIT;
BEGIN;
SELECT 1 FROM orders WHERE id = :oid FOR UPDATE;
SELECT o.status, o.currency, o.shipping_address, o.created_at, o.failure_code, o.failure_reason, o.cancelled_from,
  o.reservation_id, o.payment_id, o.fulfillment_id, l.sku, l.quantity, l.unit_price_minor
  FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.id = :oid ORDER BY l.line_no;
WITH saved AS (
  UPDATE orders SET status = 'FULFILLMENT_CREATED', failure_code = NULL, failure_reason = NULL, cancelled_from = NULL,
    reservation_id = :rid, payment_id = :pay, fulfillment_id = :ful, updated_at = now(), version = version + 1
  WHERE id = :oid RETURNING id)
UPDATE order_lines l SET unit_price_minor = p.price
  FROM saved, unnest(ARRAY[:skuprefix::text || lpad(:n::text, 2, '0')]::varchar[], ARRAY[500]::bigint[]) AS p(sku, price)
  WHERE l.order_id = saved.id AND l.sku = p.sku AND l.unit_price_minor IS NULL;
INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, occurred_at, traceparent, correlation_id, payload)
  VALUES (gen_random_uuid(), 'benchmark', :oid, 'OrderConfirmed', 1, now(), '00-d530114a5d1af2bce9918044249c6cbd-c210ec62624d8155-01', :corr,
  '{"data": {"orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "currency": "EUR", "lines": [{"sku": "LOAD-582901-00", "quantity": 1}], "placedAt": "2026-12-01T18:07:54.178625824Z"}, "type": "OrderConfirmed", "eventId": "984e01a0-078a-424c-a55c-0c57eca3ccb9", "occurredAt": "2026-12-01T18:07:54.182851Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "order", "schemaVersion": 1}'::jsonb);
COMMIT;
BEGIN;
UPDATE orders SET response_status = 201, response_type = 'application/json', response_body =
  '{"id":"6d94f6a9-a766-43a1-9cdc-08424345c030","status":"FULFILLMENT_CREATED","lines":[{"sku":"LOAD-582901-00","quantity":1,"unitPriceMinor":500}],"totalMinor":500,"currency":"EUR","shippingAddress":"1 Capture Road","reservationId":"aa987b08-4db8-4faf-9f73-128de8b5b2cd","paymentId":"d18a340c-8d2c-4e50-8bda-127b2513e2ce","fulfillmentId":"12b6ab91-994a-401a-bddc-0d34769f5ef8","failureReason": null,"createdAt":"2026-12-01T18:07:54.178626Z","updatedAt":"2026-12-01T18:07:54.3676Z"}'
  WHERE id = :oid AND response_status IS NULL;
COMMIT;
BEGIN;
INSERT INTO inbox (event_id, consumer, event_type) VALUES (gen_random_uuid(), 'notifications', 'OrderConfirmed')
  ON CONFLICT DO NOTHING RETURNING event_id AS ev \gset
INSERT INTO customer_notifications (event_id, order_id, kind, outcome, recipient, occurred_at, decided_at)
  VALUES (:ev, :oid, 'CONFIRMED', 'NO_ADDRESS', NULL, now(), now()) ON CONFLICT (event_id) DO NOTHING;
COMMIT;
BEGIN;
INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                            correlation_id, summary)
  VALUES (gen_random_uuid(), :oid, 'order-service', 'OrderPlaced', now(), now(), :corr, 'order placed') ON CONFLICT (event_id) DO NOTHING;
INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                            correlation_id, summary)
  VALUES (gen_random_uuid(), :oid, 'inventory-service', 'StockReserved', now(), now(), :corr, 'stock reserved until 2026-12-01T18:17:54.221323169Z') ON CONFLICT (event_id) DO NOTHING;
INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                            correlation_id, summary)
  VALUES (gen_random_uuid(), :oid, 'payment-fulfillment-service', 'PaymentCaptured', now(), now(), :corr, 'payment captured') ON CONFLICT (event_id) DO NOTHING;
INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                            correlation_id, summary)
  VALUES (gen_random_uuid(), :oid, 'payment-fulfillment-service', 'FulfillmentRequested', now(), now(), :corr, 'shipment requested') ON CONFLICT (event_id) DO NOTHING;
INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                            correlation_id, summary)
  VALUES (gen_random_uuid(), :oid, 'inventory-service', 'ReservationConfirmed', now(), now(), :corr, 'reserved stock committed') ON CONFLICT (event_id) DO NOTHING;
INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                            correlation_id, summary)
  VALUES (gen_random_uuid(), :oid, 'order-service', 'OrderConfirmed', now(), now(), :corr, 'order confirmed: paid 500 EUR (minor units), shipment 12b6ab91-994a-401a-bddc-0d34769f5ef8 requested') ON CONFLICT (event_id) DO NOTHING;
COMMIT;
