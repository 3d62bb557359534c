package io.orderflow.stack;

/** What the stack prints once it is up: every address a user needs. */
final class Summary {

    private Summary() {
    }

    static String of(Stack stack, double seconds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%nThe stack is up in %.1f s.%n%n", seconds));
        s.append(String.format("  Gateway (public API)         %s   e.g. POST %s/orders%n", stack.url("gateway"), stack.url("gateway")));
        s.append(String.format("  Log in                       POST %s/auth/login  as admin or ops: passwords in %s%n",
                stack.url("gateway"), stack.config().dataDir().resolve(StackSecrets.FILE)));
        s.append(String.format("                               customers: POST %s/auth/register first%n",
                stack.url("gateway")));
        for (ServiceSpec service : ServiceSpec.started(stack.config())) {
            String url = stack.url(service.portName());
            s.append(String.format("  %-28s %s  health %s/q/health  metrics %s/q/metrics  API %s/q/swagger-ui  [%s]%n",
                    service.name(), url, url, url, url,
                    stack.process(service.name()).isHealthy() ? "UP" : "DOWN"));
        }
        s.append(String.format("  Payment provider (fake)      http://localhost:%d   tokens tok_approve, tok_decline, "
                + "tok_slow, tok_error%n", stack.config().port("payment-provider")));
        s.append(String.format("  Mail server (GreenMail)      SMTP localhost:%d  IMAP localhost:%d  (log in as the "
                + "recipient address, any password)%n", stack.config().port("smtp"), stack.config().port("imap")));
        if (stack.tracesToZipkin()) {
            s.append(String.format("  Traces (Zipkin)              %s/zipkin/   find one by the X-Trace-Id the gateway "
                    + "answers with: %s/zipkin/traces/<id>%n", stack.url("zipkin"), stack.url("zipkin")));
        } else {
            s.append(String.format("  Traces                       sent over OTLP to %s%n", ProcessSpecs.otlpEndpoint()));
        }
        s.append(String.format("  Outbox relay                 http://localhost:%d/health%n", stack.config().port("relay")));
        s.append(String.format("  Kafka bootstrap              %s   (topics order.events, inventory.events, payment.events)%n",
                stack.kafkaBootstrapServers()));
        for (ServiceSpec service : ServiceSpec.ALL) {
            s.append(String.format("  JDBC %-23s %s  (user postgres)%n", service.database(),
                    stack.jdbcUrl(service.database())));
        }
        s.append(String.format("  Logs                         %s%n", stack.config().logsDir()));
        s.append(String.format("  Data                         %s   (./stack --fresh starts empty)%n", stack.config().dataDir()));
        s.append(String.format("%nPress Ctrl-C to stop everything.%n"));
        return s.toString();
    }
}
