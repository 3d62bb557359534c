package io.orderflow.stack.check;

/**
 * Where the checker reads from.
 *
 * @param jdbcBase       JDBC URL of the PostgreSQL server without a database, e.g. {@code jdbc:postgresql://localhost:15432/}
 * @param providerUrl    base URL of the fake payment provider, e.g. {@code http://localhost:18084}
 * @param kafkaBootstrap Kafka bootstrap servers, e.g. {@code localhost:19092}
 */
public record Sources(String jdbcBase, String providerUrl, String kafkaBootstrap) {

    public static final String DEFAULT_JDBC = "jdbc:postgresql://localhost:15432/";
    public static final String DEFAULT_PROVIDER = "http://localhost:18084";
    public static final String DEFAULT_KAFKA = "localhost:19092";

    /** The ports of the local {@code ./stack}. */
    public static Sources defaults() {
        return new Sources(DEFAULT_JDBC, DEFAULT_PROVIDER, DEFAULT_KAFKA);
    }

    /** The JDBC URL of one database on the server. */
    public String jdbcUrl(String database) {
        return (jdbcBase.endsWith("/") ? jdbcBase : jdbcBase + "/") + database;
    }
}
