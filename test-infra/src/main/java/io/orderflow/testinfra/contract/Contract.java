package io.orderflow.testinfra.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A consumer-driven contract between two services, read from a JSON file under {@code contracts/}. */
public final class Contract {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String consumer;
    private final String provider;
    private final List<Interaction> interactions;

    private Contract(String consumer, String provider, List<Interaction> interactions) {
        this.consumer = consumer;
        this.provider = provider;
        this.interactions = List.copyOf(interactions);
    }

    /** Reads a contract file; tests run in their module's directory, so pass {@code ../contracts/NAME.json}. */
    public static Contract load(String path) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no contract file at " + file.toAbsolutePath().normalize());
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contract " + file, e);
        }
    }

    /** Reads a contract from its JSON text; {@code source} names it in error messages. */
    public static Contract parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("contract " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        List<Interaction> interactions = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : root.path("interactions")) {
            Interaction interaction = Interaction.from(node, source);
            if (!names.add(interaction.name())) {
                throw new IllegalArgumentException("contract " + source + " names two interactions '"
                        + interaction.name() + "'");
            }
            interactions.add(interaction);
        }
        if (interactions.isEmpty()) {
            throw new IllegalArgumentException("contract " + source + " has no interactions");
        }
        return new Contract(root.path("consumer").asText(), root.path("provider").asText(), interactions);
    }

    public String consumer() {
        return consumer;
    }

    public String provider() {
        return provider;
    }

    public List<Interaction> interactions() {
        return interactions;
    }

    /** Interaction names in file order: the source of a parameterized test that replays every one. */
    public List<String> interactionNames() {
        return interactions.stream().map(Interaction::name).toList();
    }

    /** The distinct provider states the provider's verification must know how to set up. */
    public Set<String> providerStates() {
        Set<String> states = new LinkedHashSet<>();
        interactions.forEach(i -> states.add(i.providerState()));
        return states;
    }

    public Interaction interaction(String name) {
        return interactions.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the contract between " + consumer + " and "
                        + provider + " has no interaction '" + name + "'; it has " + interactionNames()));
    }
}
