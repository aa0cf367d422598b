package org.dashboard.snapshot.projections.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.projections.common.Decimals;
import org.dashboard.snapshot.projections.common.ScopeResources;
import org.dashboard.snapshot.projections.progress.ProgressBody.ScheduleMarker;
import org.dashboard.snapshot.projections.progress.ProgressBody.SeriesItem;

/**
 * The rules that turn scope items and bins into the progress series (DOMAIN.md 3.2), as pure functions over
 * typed inputs so that {@code ai_context} can reuse them.
 */
public final class ProgressSeries {
    /** Axis label when every item is a container of the whole course. */
    public static final String COURSE_UNITS = "Course Units";
    /** Axis label when every item is a container of a container scope. */
    public static final String COURSE_MODULES = "Course Modules";
    /** Axis label when every item is a page. */
    public static final String COURSE_PAGES = "Course Pages";
    /** Axis label for a mix of item types, unknown types, or an empty series. */
    public static final String COURSE_CONTENT = "Course Content";

    private static final String PAGE = "page";
    private static final String CONTAINER = "container";

    private ProgressSeries() {
    }

    /**
     * One item per scope item that has bins, in scope order; when no scope item has bins, every scope item (with
     * count 0). A resource listed twice in the scope appears once, at its first position. Bins of resources
     * outside the scope are ignored.
     *
     * @param threshold the completion threshold, 10..100 in steps of 10
     */
    public static List<SeriesItem> of(ScopeResources scope, ProgressBins bins, int threshold) {
        List<ScopeResources.Item> items = distinct(scope.items());
        boolean anyHasBins = false;
        for (ScopeResources.Item item : items) {
            anyHasBins |= bins.has(item.resourceId());
        }
        List<SeriesItem> series = new ArrayList<>(items.size());
        for (ScopeResources.Item item : items) {
            if (anyHasBins && !bins.has(item.resourceId())) {
                continue;
            }
            long count = bins.completed(item.resourceId(), threshold);
            series.add(new SeriesItem(item.resourceId(), item.title(), item.resourceType(), count,
                    Decimals.percent(count, bins.totalStudents(), 1)));
        }
        return series;
    }

    private static List<ScopeResources.Item> distinct(List<ScopeResources.Item> items) {
        Set<Long> seen = new HashSet<>();
        List<ScopeResources.Item> out = new ArrayList<>(items.size());
        for (ScopeResources.Item item : items) {
            if (seen.add(item.resourceId())) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * "Course Units" (course scope) or "Course Modules" (container scope) when every item is a container,
     * "Course Pages" when every item is a page, else "Course Content" (also for an empty series).
     */
    public static String axisLabel(List<SeriesItem> series, Scope scope) {
        if (series.isEmpty()) {
            return COURSE_CONTENT;
        }
        boolean allContainers = true;
        boolean allPages = true;
        for (SeriesItem item : series) {
            allContainers &= CONTAINER.equals(item.resourceType());
            allPages &= PAGE.equals(item.resourceType());
        }
        if (allContainers) {
            return scope instanceof Scope.Course ? COURSE_UNITS : COURSE_MODULES;
        }
        return allPages ? COURSE_PAGES : COURSE_CONTENT;
    }

    /**
     * The marker for the schedule position: present when the section has a schedule whose current resource is
     * an item of the series; labelled with the schedule's label, else the item's title. Null otherwise.
     */
    public static ScheduleMarker marker(List<SeriesItem> series, SchedulePosition position) {
        if (!position.hasSchedule() || position.currentResourceId() == null) {
            return null;
        }
        long current = position.currentResourceId();
        for (SeriesItem item : series) {
            if (item.resourceId() == current) {
                return new ScheduleMarker(current, position.label() != null ? position.label() : item.label());
            }
        }
        return null;
    }

    /**
     * The series items with the lowest completion, for {@code ai_context}: ordered by percent ascending, ties in
     * series (scope) order, at most {@code limit} of them.
     */
    public static List<SeriesItem> lowestCompletion(List<SeriesItem> series, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        List<SeriesItem> sorted = new ArrayList<>(series);
        sorted.sort(Comparator.comparingDouble(SeriesItem::percent));
        return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
    }
}
