-- One completed order's writes in the inventory database (inventory-service), from captured/inventory.txt:
-- 2 transactions (reserve: reservation, its line, the guarded stock update, StockReserved; confirm: the locking read
-- of the reservation with its lines, its status, the stock moved to shipped, ReservationConfirmed). Reads (the advisory
-- lock, the cancellation fence, the SKU lookups) are left out, row locks kept. SKUs are the load test's: -D skuprefix=LOAD-XXXXXX- -D skus=50.
\set qty random(1, 3)
\set n random(0, :skus - 1)
BEGIN;
INSERT INTO reservations (id, order_id, status, lines_fingerprint, total_minor, currency,
                          expires_at, created_at, updated_at)
  VALUES (gen_random_uuid(), gen_random_uuid(), 'HELD', md5(random()::text) || md5(random()::text), 500 * :qty, 'EUR',
          now() + interval '10 minutes', now(), now())
  ON CONFLICT (order_id) DO NOTHING
  RETURNING id AS rid, order_id AS oid, lines_fingerprint AS lfp, expires_at AS exp, created_at AS created \gset
INSERT INTO reservation_lines (reservation_id, sku, quantity, unit_price_minor)
  VALUES (:rid, :skuprefix::text || lpad(:n::text, 2, '0'), :qty, 500);
UPDATE skus SET on_hand = on_hand - :qty, reserved = reserved + :qty, updated_at = now()
  WHERE sku = :skuprefix::text || lpad(:n::text, 2, '0') AND on_hand >= :qty;
INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, occurred_at, traceparent, correlation_id, payload)
  VALUES (gen_random_uuid(), 'benchmark', :oid, 'StockReserved', 1, now(), '00-d530114a5d1af2bce9918044249c6cbd-9a0768857adbac19-01', gen_random_uuid()::text,
  '{"data": {"lines": [{"sku": "LOAD-582901-00", "quantity": 1, "unitPriceMinor": 500}], "orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "currency": "EUR", "expiresAt": "2026-12-01T18:17:54.221323169Z", "totalMinor": 500, "reservationId": "aa987b08-4db8-4faf-9f73-128de8b5b2cd"}, "type": "StockReserved", "eventId": "460c9315-41d8-43ba-8bda-8f2764f0cafe", "occurredAt": "2026-12-01T18:07:54.223049726Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "inventory", "schemaVersion": 1}'::jsonb);
COMMIT;
BEGIN;
SELECT r.id, r.order_id, r.status, r.currency, r.expires_at, r.created_at, l.sku, l.quantity, l.unit_price_minor
  FROM reservations r JOIN reservation_lines l ON l.reservation_id = r.id
  WHERE r.id = :rid ORDER BY r.id, l.sku FOR UPDATE OF r;
UPDATE reservations SET status = 'CONFIRMED', updated_at = now(), version = version + 1 WHERE id = :rid;
UPDATE skus SET reserved = reserved - :qty, shipped = shipped + :qty, updated_at = now()
  WHERE sku = :skuprefix::text || lpad(:n::text, 2, '0') AND reserved >= :qty;
INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, occurred_at, traceparent, correlation_id, payload)
  VALUES (gen_random_uuid(), 'benchmark', :oid, 'ReservationConfirmed', 1, now(), '00-d530114a5d1af2bce9918044249c6cbd-aea299a3cdf5de1d-01', gen_random_uuid()::text,
  '{"data": {"lines": [{"sku": "LOAD-582901-00", "quantity": 1}], "orderId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "reservationId": "aa987b08-4db8-4faf-9f73-128de8b5b2cd"}, "type": "ReservationConfirmed", "eventId": "38c5aef7-a327-4354-b87b-209530955989", "occurredAt": "2026-12-01T18:07:54.332472733Z", "aggregateId": "6d94f6a9-a766-43a1-9cdc-08424345c030", "aggregateType": "inventory", "schemaVersion": 1}'::jsonb);
COMMIT;
