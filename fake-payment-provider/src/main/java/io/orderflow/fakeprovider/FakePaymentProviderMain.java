package io.orderflow.fakeprovider;

import java.util.concurrent.CountDownLatch;

/** Runs the fake provider as its own process until it is killed. */
public final class FakePaymentProviderMain {

    private FakePaymentProviderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ProviderSettings settings = ProviderSettings.fromEnvironment(System.getenv());
        FakePaymentProvider provider = FakePaymentProvider.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "fake-provider-shutdown"));
        System.out.println("fake payment provider listening on port " + provider.port()
                + (settings.dataDir() == null ? " (in memory)" : " (journal in " + settings.dataDir() + ")"));
        new CountDownLatch(1).await();
    }
}
