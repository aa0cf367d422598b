package org.dashboard.snapshot.app.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@code text/event-stream} body into its events (name and data), as an EventSource would. */
public final class SseEvents {
    private SseEvents() {
    }

    /** One event: its {@code event:} name and its {@code data:} lines joined by newlines. */
    public record Event(String name, String data) {
        /** {@code name} or {@code name key}: the event name with its oracle key or capability, for order checks. */
        public String label() {
            String subject = field("oracle_key").or(() -> field("capability")).orElse("");
            return subject.isEmpty() ? name : name + " " + subject;
        }

        /** A top-level string member of the data (enough for labels; tests parse the JSON fully where needed). */
        private Optional<String> field(String member) {
            String marker = "\"" + member + "\":\"";
            int at = data.indexOf(marker);
            if (at < 0 || name.equals("snapshot")) {
                return Optional.empty();
            }
            int start = at + marker.length();
            return Optional.of(data.substring(start, data.indexOf('"', start)));
        }
    }

    public static List<Event> parse(String body) {
        BufferedReader reader = new BufferedReader(new StringReader(body));
        List<Event> events = new ArrayList<>();
        Optional<Event> next;
        while ((next = read(reader)).isPresent()) {
            events.add(next.get());
        }
        return events;
    }

    /** The next event of a stream, empty at its end. */
    public static Optional<Event> read(BufferedReader reader) {
        try {
            String name = "message";
            StringBuilder data = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        return Optional.of(new Event(name, data.toString()));
                    }
                    continue;
                }
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    String value = line.substring("data:".length());
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
            return data == null ? Optional.empty() : Optional.of(new Event(name, data.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> labels(List<Event> events) {
        return events.stream().map(Event::label).toList();
    }
}
