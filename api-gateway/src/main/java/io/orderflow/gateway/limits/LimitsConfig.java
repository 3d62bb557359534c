package io.orderflow.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much each caller may ask of the gateway. */
@ConfigMapping(prefix = "gateway.limits")
public interface LimitsConfig {

    /** Requests of one signed-in user (by the verified token's subject). */
    @WithDefault("1200")
    long perUserRequests();

    /** Requests from one client address, signed in or not (several people may share one address). */
    @WithDefault("3000")
    long perAddressRequests();

    @WithDefault("1m")
    Duration requestsPeriod();

    /** Failed logins of one account before it must wait; a success does not count. */
    @WithDefault("10")
    long failedLoginsPerAccount();

    /** Login and registration attempts from one client address. */
    @WithDefault("60")
    long loginAttemptsPerAddress();

    @WithDefault("5m")
    Duration loginPeriod();
}
