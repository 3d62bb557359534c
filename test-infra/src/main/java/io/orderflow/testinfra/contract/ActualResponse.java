package io.orderflow.testinfra.contract;

import java.util.Map;

/** A provider's answer as a test received it: status, headers (first value each) and body text. */
public record ActualResponse(int status, Map<String, String> headers, String body) {
}
