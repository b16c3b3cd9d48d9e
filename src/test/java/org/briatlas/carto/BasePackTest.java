package org.briatlas.carto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasePackTest {

    /** Every segment of a path: type, then its end point. */
    private static List<double[]> segments(MapShape s) {
        List<double[]> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = s.path().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add(new double[]{type, c[0], c[1]});
        }
        return out;
    }

    @Test
    void theShippedPacksHoldTheGeoJsonShapesToAQuarterPixelAtZoom20() throws IOException {
        for (ZoomBand band : ZoomBand.values()) {
            Map<BaseLayer, List<MapShape>> json = BaseMapData.shapesFromGeoJson(BaseMapSource.shipped(), band);
            byte[] bytes;
            try (InputStream in = BaseMapSource.shipped().open(BasePack.fileOf(band))) {
                bytes = in.readAllBytes();
            }
            Map<BaseLayer, List<MapShape>> packed = BasePack.decode(bytes, BasePack.fileOf(band));
            for (BaseLayer layer : BaseLayer.values()) {
                List<MapShape> a = json.get(layer);
                List<MapShape> b = packed.get(layer);
                assertEquals(a.size(), b.size(), band + " " + layer);
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(a.get(i).path().getWindingRule(), b.get(i).path().getWindingRule());
                    List<double[]> sa = segments(a.get(i));
                    List<double[]> sb = segments(b.get(i));
                    assertEquals(sa.size(), sb.size(), band + " " + layer + " shape " + i);
                    for (int k = 0; k < sa.size(); k++) {
                        assertEquals(sa.get(k)[0], sb.get(k)[0]);
                        if (sa.get(k)[0] != PathIterator.SEG_CLOSE) {
                            assertEquals(sa.get(k)[1], sb.get(k)[1], 1e-9, band + " " + layer + " shape " + i);
                            assertEquals(sa.get(k)[2], sb.get(k)[2], 1e-9, band + " " + layer + " shape " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPackIsSmallerThanItsGeoJson() throws IOException {
        for (ZoomBand band : ZoomBand.values()) {
            long json = 0;
            for (BaseLayer layer : BaseLayer.values()) {
                try (InputStream in = BaseMapSource.shipped().open(band.folder() + "/" + layer.file())) {
                    json += in.readAllBytes().length;
                }
            }
            try (InputStream in = BaseMapSource.shipped().open(BasePack.fileOf(band))) {
                long pack = in.readAllBytes().length;
                assertTrue(pack * 2 < json, band + ": pack " + pack + " bytes, GeoJSON " + json);
            }
        }
    }

    @Test
    void aDamagedPackIsNamedInTheErrorAndTheBandIsNotDrawnFromIt(@TempDir Path dir) throws IOException {
        byte[] good;
        try (InputStream in = BaseMapSource.shipped().open(BasePack.fileOf(ZoomBand.LOW))) {
            good = in.readAllBytes();
        }
        // Cut short, wrong header, and a count that runs past the end.
        byte[] cut = Arrays.copyOf(good, good.length / 3);
        byte[] header = good.clone();
        header[3] = 'X';
        byte[] count = Arrays.copyOf(good, 16);
        count[8] = (byte) 0xFF;
        count[9] = (byte) 0xFF;
        count[10] = (byte) 0x7F;
        for (byte[] bad : List.of(cut, header, count)) {
            Files.write(dir.resolve("low.pack"), bad);
            BaseMapData data = new BaseMapData(BaseMapSource.folder(dir), Runnable::run);
            BaseMapException e = assertThrows(BaseMapException.class, () -> data.bandNow(ZoomBand.LOW));
            assertEquals("low.pack", e.resource());
            assertTrue(e.getMessage().contains("rebuild"), e.getMessage());
        }
    }

    @Test
    void aFolderWithoutPacksIsReadFromItsGeoJson(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("low"));
        for (BaseLayer layer : BaseLayer.values()) {
            try (InputStream in = BaseMapSource.shipped().open("low/" + layer.file())) {
                Files.write(dir.resolve("low").resolve(layer.file()), in.readAllBytes());
            }
        }
        BandData fromJson = new BaseMapData(BaseMapSource.folder(dir), Runnable::run).bandNow(ZoomBand.LOW);
        BandData shipped = new BaseMapData(BaseMapSource.shipped(), Runnable::run).bandNow(ZoomBand.LOW);
        for (BaseLayer layer : BaseLayer.values()) {
            assertEquals(shipped.layer(layer).size(), fromJson.layer(layer).size(), layer.name());
        }
        assertTrue(fromJson.layer(BaseLayer.LAND).size() > 0);
    }
}
