package io.orderflow.faults;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Named points in the saga where a test can make this process crash or stall. Inert unless the
 * process runs with the {@code chaos} profile, which no deployment uses: {@link #at} is then a no-op
 * and nothing can arm a point.
 */
@ApplicationScoped
public class FaultInjector {

    /** What an armed point does when reached. */
    public enum Action { HALT, DELAY }

    record Armed(Action action, long millis) {
    }

    public static final String PROFILE = "chaos";
    private static final Logger LOG = Logger.getLogger(FaultInjector.class);

    private final boolean enabled = ConfigUtils.getProfiles().contains(PROFILE);
    private final Map<String, Armed> armed = new ConcurrentHashMap<>();

    public boolean enabled() {
        return enabled;
    }

    /** Arms a point for its next passage only. */
    public void arm(String point, Action action, long millis) {
        if (!enabled) {
            throw new IllegalStateException("fault injection is only available under the chaos profile");
        }
        armed.put(point, new Armed(action, millis));
    }

    public void disarmAll() {
        armed.clear();
    }

    /** Called at a named point; crashes (like kill -9) or stalls if a test armed it. */
    public void at(String point) {
        if (!enabled) {
            return;
        }
        Armed fault = armed.remove(point);
        if (fault == null) {
            return;
        }
        if (fault.action() == Action.HALT) {
            LOG.errorf("fault injection: halting at %s", point);
            Runtime.getRuntime().halt(137); // no shutdown hooks, no flushing: as a kill -9 would
        }
        LOG.warnf("fault injection: delaying %d ms at %s", fault.millis(), point);
        try {
            Thread.sleep(fault.millis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
