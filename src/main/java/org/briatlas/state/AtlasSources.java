package org.briatlas.state;

import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.PlaceLabel;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.Finding;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.briatlas.model.StatTable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the {@link ContentLoader} reads the atlas's content from: the shipped data in the application, or
 * something else in tests. Each method is called once, off the interface thread.
 */
public interface AtlasSources {

    /** The paper's tables with their problems, the findings of the figure checks and the country outlines. */
    record Statistics(List<StatTable> tables, List<ReadProblem> problems, List<Finding> findings,
                      List<GeoFeature> countries) {
    }

    /** The shipped corridor, place and thematic layers. */
    AtlasData corridors() throws Exception;

    Statistics statistics() throws Exception;

    /** The base map's place labels. */
    List<PlaceLabel> labels() throws Exception;

    /** The base map, for slides; null where there is none (slides then cannot be written). */
    default BaseMapData baseMap() {
        return null;
    }

    /** A file of the user's, as a user layer, with its format and problems. */
    default org.briatlas.model.FeatureCollection userCollection(Path file) throws IOException {
        return new AtlasDataReader().readUserCollection(file);
    }

    /** The data shipped in the application, and the labels of a base map. */
    static AtlasSources shipped(BaseMapData baseMap) {
        return new AtlasSources() {
            @Override
            public AtlasData corridors() {
                return new AtlasDataReader().read(AtlasDataReader.shipped());
            }

            @Override
            public Statistics statistics() throws IOException {
                org.briatlas.carto.PaperStatistics.Loaded l = org.briatlas.carto.PaperStatistics.load();
                return new Statistics(l.statistics().tables(), l.problems(), l.statistics().findings(),
                        l.statistics().countries());
            }

            @Override
            public List<PlaceLabel> labels() {
                return baseMap.labels();
            }

            @Override
            public BaseMapData baseMap() {
                return baseMap;
            }
        };
    }
}
