package io.orderflow.gateway.audit;

import java.time.Instant;

/** One state-changing request that passed through the gateway: who changed what, when, with which outcome. */
record AuditRow(String correlationId, String method, String path, int status, long durationMs, String subject,
                String clientAddress, Instant receivedAt) {
}
