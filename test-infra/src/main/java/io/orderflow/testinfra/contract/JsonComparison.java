package io.orderflow.testinfra.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Compares an expected JSON value of a contract with an actual one, collecting one line per difference. */
final class JsonComparison {

    private JsonComparison() {
    }

    static void compare(String path, JsonNode expected, JsonNode actual, boolean extraFieldsAllowed,
                        List<String> problems) {
        JsonNode value = actual == null ? MissingNode.getInstance() : actual;
        Optional<Placeholders.Type> type = Placeholders.typeOf(expected);
        if (value.isMissingNode()) {
            problems.add(path + ": missing, expected " + describe(expected, type));
        } else if (type.isPresent()) {
            if (!type.get().accepts(value)) {
                problems.add(path + ": expected " + type.get().described() + ", got " + value);
            }
        } else if (expected.isObject()) {
            compareObjects(path, expected, value, extraFieldsAllowed, problems);
        } else if (expected.isArray()) {
            compareArrays(path, expected, value, extraFieldsAllowed, problems);
        } else if (!sameValue(expected, value)) {
            problems.add(path + ": expected " + expected + ", got " + value);
        }
    }

    private static void compareObjects(String path, JsonNode expected, JsonNode actual, boolean extraFieldsAllowed,
                                       List<String> problems) {
        if (!actual.isObject()) {
            problems.add(path + ": expected an object, got " + actual);
            return;
        }
        expected.fields().forEachRemaining(field -> compare(path + "." + field.getKey(), field.getValue(),
                actual.get(field.getKey()), extraFieldsAllowed, problems));
        if (!extraFieldsAllowed) {
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    problems.add(path + "." + name + ": not in the contract, got " + actual.get(name));
                }
            }
        }
    }

    private static void compareArrays(String path, JsonNode expected, JsonNode actual, boolean extraFieldsAllowed,
                                      List<String> problems) {
        if (!actual.isArray()) {
            problems.add(path + ": expected an array, got " + actual);
            return;
        }
        if (actual.size() != expected.size()) {
            problems.add(path + ": expected " + expected.size() + " element(s), got " + actual.size() + ": "
                    + actual);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            compare(path + "[" + i + "]", expected.get(i), actual.get(i), extraFieldsAllowed, problems);
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static String describe(JsonNode expected, Optional<Placeholders.Type> type) {
        return type.map(Placeholders.Type::described).orElse(String.valueOf(expected));
    }
}
