package org.socialsim.scenario.definition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive copies for definition records. Maps keep a fixed iteration order (enum order or file
 * order) because the engine iterates them: {@code Map.copyOf} would change order between JVMs and
 * break replayable runs.
 */
public final class Definitions {

    private Definitions() {}

    public static <T> List<T> list(List<T> values) {
        return List.copyOf(values);
    }

    public static <K extends Enum<K>, V> Map<K, V> enumMap(Map<K, V> values, Class<K> keyType) {
        EnumMap<K, V> copy = new EnumMap<>(keyType);
        copy.putAll(values);
        return Collections.unmodifiableMap(copy);
    }

    public static <V> Map<String, V> orderedMap(Map<String, V> values) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
