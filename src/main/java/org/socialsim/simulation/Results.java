package org.socialsim.simulation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Copies for result records: maps in enum order, so printing and serialising never reorder them. */
final class Results {

    private Results() {}

    static <K extends Enum<K>, V> Map<K, V> enumMap(Map<K, V> values, Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        copy.putAll(values);
        return Collections.unmodifiableMap(copy);
    }
}
