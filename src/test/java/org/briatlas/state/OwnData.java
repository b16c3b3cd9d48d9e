package org.briatlas.state;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A user's own data for the crash-recovery tests: three files of three formats (GeoJSON areas, a KML route,
 * a CSV table of places), and the session a user makes of them: the three added, styled (colours, a width,
 * categories by a property), one renamed, one hidden, reordered, two bookmarks, a year, a feature of their
 * own selected, saved, and changed once more after the save.
 */
public final class OwnData {

    private OwnData() {
    }

    public static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path zone = dir.resolve("zone.geojson");
        Files.writeString(zone, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"Study area\",\"zone\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[125.5,44.5],[129.5,44.5],[129.5,47.5],[125.5,47.5],[125.5,44.5]]]}}]}");
        Path trip = dir.resolve("trip.kml");
        Files.writeString(trip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                + "<Document><Folder><name>Field trip</name><Placemark id=\"leg-1\"><name>Harbin to Heihe</name>"
                + "<LineString><coordinates>126.63,45.75 127.0,47.0 127.5,50.25</coordinates></LineString>"
                + "</Placemark></Folder></Document></kml>");
        Path schools = dir.resolve("schools.csv");
        Files.writeString(schools, "name,type,lon,lat\nNo. 1 School,school,126.63,45.75\n"
                + "Harbin Clinic,clinic,126.70,45.70\nHeihe School,school,127.50,50.25\n");
        return List.of(zone, trip, schools);
    }

    /** The style the schools get. */
    public static LayerStyle schoolsStyle() {
        return LayerStyle.defaultFor(2).withPoint(7, LayerStyle.Symbol.SQUARE)
                .withCategories("type", Map.of("clinic", 0x00aa00));
    }

    /** The trip's style, changed after the save. */
    public static LayerStyle tripStyle() {
        return LayerStyle.defaultFor(1).withColour(0x123456).withWidth(4.5);
    }

    /**
     * Makes the session on a model whose layer reading runs on the calling thread, saving the workspace to
     * {@code saved} half-way.
     */
    public static void makeSession(AtlasModel m, List<Path> files, Path saved) throws IOException {
        for (Path f : files) {
            m.userLayers().open(f);
        }
        List<UserLayer> l = m.userLayers().list();
        m.userLayers().setStyle(l.get(2).id(), schoolsStyle());
        m.userLayers().rename(l.get(0).id(), "Study areas");
        m.userLayers().setVisible(l.get(0).id(), false);
        // The schools under the trip.
        m.userLayers().move(m.userLayers().list().get(2).id(), 1);
        m.reportViewpoint(new MapViewpoint(131.15, 44.4, 8));
        m.workspace().addBookmark("Suifenhe");
        m.reportViewpoint(new MapViewpoint(127.5, 50.25, 7.5));
        m.workspace().addBookmark("Heihe");
        m.setYear(2016);
        m.select(m.content().data().byId("leg-1").orElseThrow());
        m.workspace().save(saved);
        // A change after the save, which only the autosave has.
        m.userLayers().setStyle(m.userLayers().list().get(2).id(), tripStyle());
        m.workspace().autosaveNow();
    }
}
