package org.briatlas.io;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;

/**
 * The coordinate sequence of one point read from a user's file: its longitude and latitude in two fields, one
 * small object where JTS's default sequence holds an array and a {@link Coordinate} (three objects). A
 * million points of a user's layer stay read, so this is most of what a point costs beyond its properties.
 * Two dimensions (x, y); a third ordinate reads as NaN. {@link #getCoordinate(int)} makes a new coordinate
 * each call: changing it does not change the point (use {@link #setOrdinate}). Not thread-safe to change;
 * the reader never changes it after reading.
 */
final class OnePosition implements CoordinateSequence {

    private double x;
    private double y;

    OnePosition(double x, double y) {
        this.x = x;
        this.y = y;
    }

    @Override
    public int getDimension() {
        return 2;
    }

    private static void check(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("a point has one position; asked for " + index);
        }
    }

    @Override
    public Coordinate getCoordinate(int i) {
        check(i);
        return new Coordinate(x, y);
    }

    @Override
    public Coordinate getCoordinateCopy(int i) {
        return getCoordinate(i);
    }

    @Override
    public void getCoordinate(int index, Coordinate coord) {
        check(index);
        coord.setX(x);
        coord.setY(y);
    }

    @Override
    public double getX(int index) {
        check(index);
        return x;
    }

    @Override
    public double getY(int index) {
        check(index);
        return y;
    }

    @Override
    public double getOrdinate(int index, int ordinateIndex) {
        check(index);
        return switch (ordinateIndex) {
            case 0 -> x;
            case 1 -> y;
            default -> Double.NaN;
        };
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public void setOrdinate(int index, int ordinateIndex, double value) {
        check(index);
        switch (ordinateIndex) {
            case 0 -> x = value;
            case 1 -> y = value;
            default -> { }
        }
    }

    @Override
    public Coordinate[] toCoordinateArray() {
        return new Coordinate[] {new Coordinate(x, y)};
    }

    @Override
    public Envelope expandEnvelope(Envelope env) {
        env.expandToInclude(x, y);
        return env;
    }

    @Override
    @Deprecated
    public Object clone() {
        return copy();
    }

    @Override
    public OnePosition copy() {
        return new OnePosition(x, y);
    }

    @Override
    public String toString() {
        return "(" + x + ", " + y + ")";
    }
}
