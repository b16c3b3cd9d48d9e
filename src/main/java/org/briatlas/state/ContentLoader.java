package org.briatlas.state;

import org.briatlas.analysis.TradeByCountry;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.ReadProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of {@link AtlasContent}: reads the corridors, the tables and the labels as background
 * tasks of the model, and the user's files when asked. Every failure ends in the status bar and, where the
 * user must act, in a {@link Notice}: nothing is left "loading" for ever. Interface thread only (the reading
 * itself runs on the model's background executor).
 */
final class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class.getName());

    private final AtlasModel model;
    private final AtlasContent content;
    private final AtlasSources sources;
    private boolean corridorsDone;
    private boolean statisticsDone;
    private boolean failed;

    ContentLoader(AtlasModel model, AtlasContent content, AtlasSources sources) {
        this.model = model;
        this.content = content;
        this.sources = sources;
    }

    /** Starts reading everything; the content fills in as each part arrives. */
    void start() {
        model.setStatus(StatusMessage.info("status.loading"));
        model.run(StatusMessage.info("task.corridors"), p -> sources.corridors(), this::corridorsLoaded, e -> {
            LOG.log(Level.SEVERE, "corridor data not loaded", e);
            failed = true;
            model.setStatus(StatusMessage.error("status.data.failed", reason(e)));
            model.notify(new Notice("data-failed", StatusMessage.Severity.ERROR, "error.data.title",
                    "status.data.failedHeader", reason(e), List.of()));
            corridorsDone = true;
            updatePhase();
        });
        model.run(StatusMessage.info("task.statistics"), p -> sources.statistics(), s -> {
            s.problems().forEach(p -> LOG.warning("statistics data: " + p.describe()));
            content.setStatistics(s.tables(), s.findings(), new TradeByCountry(s.tables()), s.countries());
            content.addProblems(s.problems());
            if (!s.problems().isEmpty()) {
                model.notify(problemsNotice("error.stats.title", s.problems()));
            }
            statisticsDone = true;
            updatePhase();
        }, e -> {
            LOG.log(Level.SEVERE, "statistics not loaded", e);
            failed = true;
            model.setStatus(StatusMessage.error("status.stats.failed", reason(e)));
            statisticsDone = true;
            updatePhase();
        });
        model.run(StatusMessage.info("task.labels"), p -> sources.labels(), content::setLabels,
                model::reportBaseMapError);
    }

    private void corridorsLoaded(AtlasData shipped) {
        // Keep a layer the user opened while the shipped layers were still loading.
        AtlasData data = shipped.withUserLayer(content.data().layer(AtlasLayer.USER), List.of());
        content.setData(data);
        content.addProblems(shipped.problems());
        corridorsDone = true;
        if (shipped.problems().isEmpty()) {
            model.setStatus(StatusMessage.info("status.data.ready", shipped.features().size()));
        } else {
            shipped.problems().forEach(p -> LOG.warning("corridor data: " + p.describe()));
            model.setStatus(StatusMessage.warning(shipped.features().isEmpty() ? "status.data.none"
                            : "status.data.problems", shipped.features().size(), shipped.problems().size(),
                    shipped.problems().get(0).describe()));
            model.notify(problemsNotice("error.data.title", shipped.problems()));
            if (shipped.features().isEmpty()) {
                failed = true;
            }
        }
        updatePhase();
    }

    private void updatePhase() {
        if (corridorsDone && statisticsDone) {
            content.setPhase(failed ? AtlasContent.Phase.FAILED : AtlasContent.Phase.READY);
        }
    }

    /** Reads a file of the user's as the user layer, replacing the one before; returns the task. */
    BackgroundTask<AtlasData> openUserLayer(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return model.run(StatusMessage.info("status.open.reading", name), p -> sources.userFile(file), user -> {
            content.setData(content.data().withUserLayer(user.features(), List.of()));
            model.setVisible(AtlasLayer.USER, true);
            if (user.problems().isEmpty()) {
                model.setStatus(StatusMessage.info("status.open.done", name, user.features().size()));
                return;
            }
            user.problems().forEach(p -> LOG.warning("opened layer: " + p.describe()));
            model.setStatus(StatusMessage.warning("status.open.problems", name, user.features().size(),
                    user.problems().size(), user.problems().get(0).describe()));
            model.notify(problemsNotice("error.data.title", user.problems()));
        }, e -> {
            LOG.log(Level.WARNING, "layer not opened: " + file, e);
            model.setStatus(StatusMessage.error("status.open.failed", name, reason(e)));
            model.notify(new Notice("open-error", StatusMessage.Severity.ERROR, "error.open.title",
                    "error.open.header", file + ": " + reason(e), List.of()));
        });
    }

    /** The features of the user layer now loaded. */
    List<AtlasFeature> userFeatures() {
        return content.data().layer(AtlasLayer.USER);
    }

    private static Notice problemsNotice(String titleKey, List<ReadProblem> problems) {
        return new Notice("data-problems", StatusMessage.Severity.WARNING, titleKey, "error.data.header", "",
                problems.stream().map(ReadProblem::describe).toList());
    }

    /** A failure's reason in one line: its own message, or its kind when it has none. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
