package org.briatlas.fx;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.util.Subscription;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The listeners a view puts on the longer-lived application model, kept so that {@link #dispose()} takes
 * them all off again: a view that is replaced (a language switch rebuilds every view) must not stay
 * reachable from the model. FX thread only.
 */
public final class Subscriptions {

    private Subscription all = Subscription.EMPTY;

    /** Calls {@code c} with the current value now and with every new value. */
    public <T> void now(ObservableValue<T> value, Consumer<? super T> c) {
        add(value.subscribe(c));
    }

    /** Calls {@code c} with the old and the new value on every change. */
    public <T> void change(ObservableValue<T> value, BiConsumer<? super T, ? super T> c) {
        add(value.subscribe(c));
    }

    /** Runs {@code r} whenever any of the observables becomes invalid. */
    public void invalid(Runnable r, Observable... observables) {
        for (Observable o : observables) {
            add(o.subscribe(r));
        }
    }

    public <E> void list(ObservableList<E> list, ListChangeListener<? super E> l) {
        list.addListener(l);
        add(() -> list.removeListener(l));
    }

    public <E> void set(ObservableSet<E> set, SetChangeListener<? super E> l) {
        set.addListener(l);
        add(() -> set.removeListener(l));
    }

    /** Keeps another subscription (or any clean-up) to end with the others. */
    public void add(Subscription s) {
        all = all.and(s);
    }

    /** Takes every listener off; the subscriptions can be used again afterwards. */
    public void dispose() {
        Subscription s = all;
        all = Subscription.EMPTY;
        s.unsubscribe();
    }
}
