package io.orderflow.testinfra.contract;

import java.util.Map;

/** A request as a stub recorded it: method, path with raw query, headers (first value each) and body text. */
public record ActualRequest(String method, String url, Map<String, String> headers, String body) {
}
