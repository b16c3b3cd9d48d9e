package org.briatlas.state;

/** The tabs of the side panel. */
public enum SideTab { DETAILS, LIST, PLANNER, STATISTICS, TIMELINE, ABOUT }
