package io.orderflow.order.application;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a fake participant answers one kind of command: done, refused, in doubt with the effect applied
 * (the reply was lost) or in doubt without it (the request was lost); and what happens meanwhile.
 */
final class Script {

    enum Answer { DONE, REFUSED, IN_DOUBT_APPLIED, IN_DOUBT_LOST }

    Answer answer = Answer.DONE;
    /** Runs once, inside the next call, before the participant applies the command. */
    Runnable beforeApply;
    /** Runs once, inside the next call, after the participant applied it and before it replies. */
    Runnable afterApply;

    <T> T run(Runnable apply, Supplier<T> reply, Function<String, T> inDoubt) {
        Runnable before = beforeApply;
        Runnable after = afterApply;
        beforeApply = null;
        afterApply = null;
        runIfSet(before);
        if (answer != Answer.IN_DOUBT_LOST) {
            apply.run();
        }
        runIfSet(after);
        if (answer == Answer.IN_DOUBT_LOST) {
            return inDoubt.apply("request lost");
        }
        return answer == Answer.IN_DOUBT_APPLIED ? inDoubt.apply("reply lost") : reply.get();
    }

    private static void runIfSet(Runnable hook) {
        if (hook != null) {
            hook.run();
        }
    }
}
