package io.orderflow.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Slows down password guessing: a client address has a budget of login and registration attempts, and an
 * account a budget of failed logins, after which it must wait even with the right password.
 */
@ApplicationScoped
public class LoginThrottle {

    private final KeyedLimit attemptsPerAddress;
    private final KeyedLimit failuresPerAccount;
    private final LimitRefusals refusals;

    public LoginThrottle(LimitsConfig config, LimitRefusals refusals) {
        this.refusals = refusals;
        this.attemptsPerAddress = new KeyedLimit(config.loginAttemptsPerAddress(), config.loginPeriod());
        this.failuresPerAccount = new KeyedLimit(config.failedLoginsPerAccount(), config.loginPeriod());
    }

    /** Counts an attempt from this address; refuses it over the budget. */
    public void attempt(String address) {
        attemptsPerAddress.take(address).ifPresent(wait -> {
            refusals.refused(LimitRefusals.Limit.LOGIN);
            throw new TooManyRequests("too many login or registration attempts from your address; wait and try "
                    + "again", wait);
        });
    }

    /** Refuses a login to an account that failed too often lately. */
    public void checkAccount(String username) {
        failuresPerAccount.check(key(username)).ifPresent(wait -> {
            refusals.refused(LimitRefusals.Limit.ACCOUNT);
            throw new TooManyRequests("too many failed logins for this account; wait and try again", wait);
        });
    }

    public void failed(String username) {
        failuresPerAccount.take(key(username));
    }

    private static String key(String username) {
        return String.valueOf(username).trim().toLowerCase(Locale.ROOT);
    }
}
