package io.orderflow.relay;

/** Relays one service database's outbox to Kafka, in whichever {@link RelayMode}; runs on its own thread. */
interface RelayWorker extends Runnable {

    enum State { WAITING_FOR_OUTBOX_TABLE, STARTING, STREAMING, RESTARTING, STOPPED }

    String database();

    State state();

    /** Events Kafka acknowledged since start. */
    long forwarded();

    /** Rows given up on since start (polling mode only). */
    default long dead() {
        return 0;
    }

    String lastError();

    void stop();
}
