package org.briatlas.state;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.Executor;

/**
 * One piece of long work of the atlas (reading a layer, loading the tables, writing slides): its title,
 * progress and message for the status bar, and a way to cancel it. The work runs on the model's background
 * executor; its progress and its end are handed to the interface thread through the model's UI executor,
 * so the properties change on the interface thread only. {@link #cancel()} and {@link Progress} are safe on
 * any thread.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {

    /** Where a task stands. */
    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** The work itself, run off the interface thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What the work may report while it runs; safe on any thread. */
    public interface Progress {
        /** Reports {@code done} of {@code total} steps. */
        void progress(double done, double total);

        /** Reports what it is doing now. */
        void message(StatusMessage message);

        /** True once the user asked to cancel: the work should stop soon and return. */
        boolean cancelled();
    }

    private final StatusMessage title;
    private final Executor ui;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<StatusMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.RUNNING);
    private volatile boolean cancelRequested;
    private T value;
    private Throwable error;

    BackgroundTask(StatusMessage title, Executor ui) {
        this.title = title;
        this.ui = ui;
        this.message.set(title);
    }

    /** What the task is, for the status bar. */
    public StatusMessage title() {
        return title;
    }

    /** Share done, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work reports it is doing. */
    public ReadOnlyObjectProperty<StatusMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public boolean isDone() {
        return state.get() != State.RUNNING;
    }

    public boolean isCancelled() {
        return state.get() == State.CANCELLED;
    }

    /** The result, once succeeded; else null. */
    public T value() {
        return value;
    }

    /** Why it failed, once failed; else null. */
    public Throwable error() {
        return error;
    }

    /** Asks the work to stop; it ends as cancelled when it returns. Any thread. */
    public void cancel() {
        cancelRequested = true;
    }

    /** The reporting side handed to the work. */
    Progress reporter() {
        return new Progress() {
            @Override
            public void progress(double done, double total) {
                double share = total > 0 ? Math.max(0, Math.min(1, done / total)) : -1;
                ui.execute(() -> progress.set(share));
            }

            @Override
            public void message(StatusMessage m) {
                ui.execute(() -> message.set(m));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        };
    }

    /** Records the end of the work. Interface thread. */
    /**
     * Starts work on {@code background} as a task listed in {@code tasks} while it runs, then calls
     * {@code onSuccess} or {@code onFailure} on {@code ui} (neither when cancelled). Work refused because the
     * workers are gone (the atlas is closing) ends at once as failed, and nothing is called.
     */
    static <T> BackgroundTask<T> launch(StatusMessage title, java.util.concurrent.Executor background,
                                        java.util.concurrent.Executor ui, Work<T> work,
                                        java.util.function.Consumer<T> onSuccess,
                                        java.util.function.Consumer<Throwable> onFailure,
                                        java.util.List<BackgroundTask<?>> tasks) {
        BackgroundTask<T> task = new BackgroundTask<>(title, ui);
        tasks.add(task);
        Progress progress = task.reporter();
        Runnable job = () -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.run(progress);
            } catch (Throwable t) {
                failure = t;
            }
            T r = result;
            Throwable f = failure;
            ui.execute(() -> {
                task.finish(r, f);
                tasks.remove(task);
                if (task.stateProperty().get() == State.SUCCEEDED) {
                    onSuccess.accept(r);
                } else if (task.stateProperty().get() == State.FAILED) {
                    onFailure.accept(f);
                }
            });
        };
        try {
            background.execute(job);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            task.finish(null, closing);
            tasks.remove(task);
        }
        return task;
    }

    void finish(T result, Throwable failure) {
        if (cancelRequested) {
            state.set(State.CANCELLED);
        } else if (failure != null) {
            error = failure;
            state.set(State.FAILED);
        } else {
            value = result;
            progress.set(1);
            state.set(State.SUCCEEDED);
        }
    }
}
