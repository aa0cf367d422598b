package org.dashboard.snapshot.projections.objectives;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbering of the whole objective tree (DOMAIN.md 3.4, 3.9). Roots are the objective resources that no other
 * resource lists as a child; roots are numbered "1".."n" and children "&lt;parent&gt;.&lt;i&gt;", both in
 * (numbering_index, resource_id) order with a null numbering_index last. The walk is a pre-order walk with a
 * visited set, checked when a child is reached: a node reachable twice belongs to the parent from which the
 * walk reaches it first, a child closing a cycle is dropped, missing child ids and self-references are
 * ignored. The walk is iterative, so deep trees cannot overflow the stack, and it never loops.
 */
final class ObjectiveTree {
    /** Sibling order: numbering_index ascending with null last, then resource_id. */
    static final Comparator<Resource> SIBLING_ORDER = Comparator
            .comparing(Resource::numberingIndex, Comparator.nullsLast(Comparator.<Long>naturalOrder()))
            .thenComparingLong(Resource::id);

    private ObjectiveTree() {
    }

    /** One entry of {@code objective_resources}. */
    record Resource(long id, String title, List<Long> children, Long numberingIndex) {
        Resource {
            children = List.copyOf(children);
        }
    }

    /** Where the walk placed a resource: its tree parent (null for a root), depth and numbering. */
    record Placement(long id, Long parentId, int depth, String numbering) {
    }

    private static final class Frame {
        private final Placement placement;
        private final List<Resource> children;
        private int next;
        private int numbered;

        private Frame(Placement placement, List<Resource> children) {
            this.placement = placement;
            this.children = children;
        }
    }

    /** The reachable resources in pre-order (which is numbering order). */
    static List<Placement> preOrder(Map<Long, Resource> resources) {
        Set<Long> listedAsChild = new HashSet<>();
        for (Resource resource : resources.values()) {
            for (Long child : resource.children()) {
                if (child != resource.id()) {
                    listedAsChild.add(child);
                }
            }
        }
        List<Resource> roots = new ArrayList<>();
        for (Resource resource : resources.values()) {
            if (!listedAsChild.contains(resource.id())) {
                roots.add(resource);
            }
        }
        roots.sort(SIBLING_ORDER);

        List<Placement> out = new ArrayList<>(resources.size());
        Set<Long> visited = new HashSet<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int rootNumber = 0;
        for (Resource root : roots) {
            rootNumber++;
            visited.add(root.id());
            stack.push(visit(root, new Placement(root.id(), null, 0, Integer.toString(rootNumber)), resources, out));
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                if (top.next == top.children.size()) {
                    stack.pop();
                    continue;
                }
                Resource child = top.children.get(top.next++);
                if (visited.add(child.id())) {
                    top.numbered++;
                    Placement parent = top.placement;
                    Placement placement = new Placement(child.id(), parent.id(), parent.depth() + 1,
                            parent.numbering() + "." + top.numbered);
                    stack.push(visit(child, placement, resources, out));
                }
            }
        }
        return out;
    }

    /** Records the placement and lists the existing children in sibling order (a self-reference is already visited). */
    private static Frame visit(Resource resource, Placement placement, Map<Long, Resource> resources,
                               List<Placement> out) {
        out.add(placement);
        List<Resource> children = new ArrayList<>(resource.children().size());
        for (Long child : resource.children()) {
            Resource found = resources.get(child);
            if (found != null) {
                children.add(found);
            }
        }
        children.sort(SIBLING_ORDER);
        return new Frame(placement, children);
    }
}
