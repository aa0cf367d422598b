package org.dashboard.snapshot.projections.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dashboard.snapshot.domain.projection.Payload;

/**
 * The payload of {@code oracle_instructor_scope_resources}:
 * {@code {course_title, scope_label?, items: [{resource_id, resource_type_id, title, context_label?}]}}.
 *
 * @param courseTitle the course title, or null
 * @param scopeLabel the scope label, or null
 * @param items the scope's items in payload order
 */
public record ScopeResources(String courseTitle, String scopeLabel, List<Item> items) {
    public ScopeResources {
        items = List.copyOf(items);
    }

    /** One scope item. {@code resourceTypeId} 1 is a page, 2 a container. */
    public record Item(long resourceId, Long resourceTypeId, String title, String contextLabel) {
        /** "page", "container" or "unknown". */
        public String resourceType() {
            if (resourceTypeId == null) {
                return "unknown";
            }
            if (resourceTypeId == 1L) {
                return "page";
            }
            return resourceTypeId == 2L ? "container" : "unknown";
        }
    }

    /** Reads and validates the payload; {@code items} may be absent or null (no items). */
    public static ScopeResources read(Payload payload) {
        payload.requireObject();
        String courseTitle = payload.field("course_title").optionalString().orElse(null);
        String scopeLabel = payload.field("scope_label").optionalString().orElse(null);
        List<Item> items = new ArrayList<>();
        for (Payload item : payload.field("items").optionalElements()) {
            long id = item.field("resource_id").id();
            Payload type = item.field("resource_type_id");
            Long typeId = type.isNull() ? null : type.integer();
            String title = item.field("title").optionalString().orElse(null);
            String contextLabel = item.field("context_label").optionalString().orElse(null);
            items.add(new Item(id, typeId, title, contextLabel));
        }
        return new ScopeResources(courseTitle, scopeLabel, items);
    }

    /** The item with this resource id, if the scope has one. */
    public Optional<Item> item(long resourceId) {
        for (Item item : items) {
            if (item.resourceId() == resourceId) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The position of the resource in scope order, or -1. */
    public int position(long resourceId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).resourceId() == resourceId) {
                return i;
            }
        }
        return -1;
    }
}
