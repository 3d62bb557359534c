package io.orderflow.order.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.order.application.DeadLetter;
import io.orderflow.order.application.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaDeadLetters implements DeadLetters {

    private static final String COLUMNS = "id, consumer, topic, record_partition, record_offset, record_key, "
            + "record_value, CAST(headers AS text), event_id, event_type, reason, exception, parked_at, status, replays, "
            + "last_replay_error, replayed_at";

    private final EntityManager em;
    private final ObjectMapper json;

    public JpaDeadLetters(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public void park(DeadLetter d) {
        em.createNativeQuery("""
                        INSERT INTO dead_letters (id, consumer, topic, record_partition, record_offset, record_key,
                            record_value, headers, event_id, event_type, reason, exception, parked_at, status)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9, ?10, ?11, ?12, ?13, ?14)
                        ON CONFLICT (consumer, topic, record_partition, record_offset) DO NOTHING""")
                .setParameter(1, d.id()).setParameter(2, d.consumer()).setParameter(3, d.topic())
                .setParameter(4, d.partition()).setParameter(5, d.offset()).setParameter(6, d.key())
                .setParameter(7, d.value() == null ? null : d.value().getBytes(StandardCharsets.UTF_8)).setParameter(8, toJson(d.headers())).setParameter(9, d.eventId())
                .setParameter(10, d.eventType()).setParameter(11, d.reason()).setParameter(12, d.exception())
                .setParameter(13, d.parkedAt()).setParameter(14, d.status().name())
                .executeUpdate();
    }

    @Override
    public Optional<DeadLetter> find(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM dead_letters WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> toLetter((Object[]) r)).findFirst();
    }

    @Override
    public List<DeadLetter> list(Selection s) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM dead_letters WHERE true");
        List<Object> params = new ArrayList<>();
        if (s.consumer() != null) {
            params.add(s.consumer());
            sql.append(" AND consumer = ?").append(params.size());
        }
        if (s.orderId() != null) {
            params.add(s.orderId());
            sql.append(" AND record_key = ?").append(params.size());
        }
        if (s.since() != null) {
            params.add(s.since());
            sql.append(" AND parked_at >= ?").append(params.size());
        }
        if (s.status() != null) {
            params.add(s.status().name());
            sql.append(" AND status = ?").append(params.size());
        }
        sql.append(" ORDER BY parked_at DESC, id LIMIT ").append(Math.max(1, s.limit()));
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return ((List<?>) query.getResultList()).stream().map(r -> toLetter((Object[]) r)).toList();
    }

    @Override
    public void markReplayed(UUID id, Instant at) {
        em.createNativeQuery("UPDATE dead_letters SET status = 'REPLAYED', replays = replays + 1, replayed_at = ?2, "
                + "last_replay_error = NULL WHERE id = ?1").setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    @Override
    public void markReplayFailed(UUID id, String error) {
        em.createNativeQuery("UPDATE dead_letters SET replays = replays + 1, last_replay_error = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, bounded(error)).executeUpdate();
    }

    @Override
    public Map<String, Long> parkedByConsumer() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(
                "SELECT consumer, count(*) FROM dead_letters WHERE status = 'PARKED' GROUP BY consumer").getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    private DeadLetter toLetter(Object[] r) {
        return new DeadLetter((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).longValue(), (String) r[5], text((byte[]) r[6]), fromJson((String) r[7]), (String) r[8],
                (String) r[9], (String) r[10], (String) r[11], JpaTimelineStore.instant(r[12]),
                DeadLetter.Status.valueOf((String) r[13]), ((Number) r[14]).intValue(), (String) r[15],
                JpaTimelineStore.instant(r[16]));
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers cannot be written as JSON", e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are not JSON", e);
        }
    }

    private static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static String bounded(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
