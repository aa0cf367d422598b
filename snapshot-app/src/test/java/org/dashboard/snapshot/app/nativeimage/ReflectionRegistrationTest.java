package org.dashboard.snapshot.app.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.projections.InstructorCapabilities;
import org.junit.jupiter.api.Test;

/**
 * Every type Jackson serialises by reflection must be registered for the native image: the records of the
 * projections module implementing {@link ProjectionBody}, and every project type reachable through their record
 * components (type arguments, array components, sealed subtypes and implementations of reachable interfaces).
 * The list in {@link SerializedRecords} must be exactly that set, so a new body record cannot be forgotten and a
 * removed one cannot linger.
 */
class ReflectionRegistrationTest {
    private static final String PROJECTIONS_PACKAGE = "org.dashboard.snapshot.projections.";
    private static final String PROJECT_PACKAGE = "org.dashboard.snapshot.";

    @Test
    void everyTypeReachableFromAProjectionBodyIsRegisteredAndNothingElse() {
        List<Class<?>> scanned = projectionsClasses();
        List<Class<?>> bodies = scanned.stream()
                .filter(type -> type.isRecord() && ProjectionBody.class.isAssignableFrom(type))
                .collect(Collectors.toList());
        assertTrue(bodies.size() >= InstructorCapabilities.catalog().capabilities().size(),
                "expected a body record per capability, found " + names(bodies));

        Set<String> reachable = names(reachableFrom(bodies, scanned));
        Set<String> registered = names(Arrays.asList(
                SerializedRecords.class.getAnnotation(RegisterForReflection.class).targets()));

        Set<String> missing = new TreeSet<>(reachable);
        missing.removeAll(registered);
        Set<String> stale = new TreeSet<>(registered);
        stale.removeAll(reachable);
        assertEquals(Set.of(), missing, "serialised by Jackson but not registered in SerializedRecords");
        assertEquals(Set.of(), stale, "registered in SerializedRecords but no longer reachable from a body");
    }

    /** The walk has teeth: a row record reached only through a list's type argument, and sealed subtypes. */
    @Test
    void theWalkFollowsTypeArgumentsArraysAndSealedSubtypes() {
        Set<String> reached = names(reachableFrom(List.of(PlantedBody.class), List.of()));
        assertEquals(new TreeSet<>(names(List.of(PlantedBody.class, PlantedRow.class, PlantedCell.class,
                PlantedKind.class, PlantedKind.Plain.class, PlantedKind.Fancy.class))), reached);
    }

    /** The closure of {@code roots}: project types reachable through record components. */
    static Set<Class<?>> reachableFrom(Collection<Class<?>> roots, Collection<Class<?>> scanned) {
        Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.push(parameterized.getRawType());
                pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                pending.addAll(Arrays.asList(wildcard.getUpperBounds()));
            } else if (type instanceof GenericArrayType array) {
                pending.push(array.getGenericComponentType());
            } else if (type instanceof Class<?> plain) {
                if (plain.isArray()) {
                    pending.push(plain.getComponentType());
                } else if (plain.getName().startsWith(PROJECT_PACKAGE) && seen.add(plain)) {
                    expand(plain, scanned, pending);
                }
            }
        }
        return seen;
    }

    private static void expand(Class<?> type, Collection<Class<?>> scanned, Deque<Type> pending) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                pending.push(component.getGenericType());
            }
        }
        if (type.isInterface()) {
            if (type.isSealed()) {
                pending.addAll(Arrays.asList(type.getPermittedSubclasses()));
            }
            for (Class<?> candidate : scanned) {
                if (!candidate.isInterface() && !Modifier.isAbstract(candidate.getModifiers())
                        && type.isAssignableFrom(candidate)) {
                    pending.push(candidate);
                }
            }
        }
    }

    /** Every class of the projections module, from its jar or its classes directory. */
    private static List<Class<?>> projectionsClasses() {
        try {
            Path location = Path.of(InstructorCapabilities.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            List<String> entries = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(file -> file.toString().endsWith(".class"))
                            .forEach(file -> entries.add(location.relativize(file).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().forEach(entry -> entries.add(entry.getName()));
                }
            }
            List<Class<?>> classes = new ArrayList<>();
            for (String entry : entries) {
                if (!entry.endsWith(".class") || entry.endsWith("package-info.class")
                        || entry.endsWith("module-info.class")) {
                    continue;
                }
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                if (name.startsWith(PROJECTIONS_PACKAGE)) {
                    classes.add(Class.forName(name, false, ReflectionRegistrationTest.class.getClassLoader()));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("the projections module's classes could not be listed", e);
        }
    }

    private static Set<String> names(Collection<Class<?>> types) {
        return types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    record PlantedBody(List<PlantedRow> rows, PlantedCell[] cells, String title) implements ProjectionBody {
        @Override
        public List<String> parityFacts() {
            return List.of();
        }
    }

    record PlantedRow(java.util.Map<String, ? extends PlantedKind> kinds) {
    }

    record PlantedCell(long value) {
    }

    sealed interface PlantedKind permits PlantedKind.Plain, PlantedKind.Fancy {
        record Plain() implements PlantedKind {
        }

        record Fancy(String flourish) implements PlantedKind {
        }
    }
}
