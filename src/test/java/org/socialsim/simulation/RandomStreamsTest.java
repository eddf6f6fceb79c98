package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.simulation.RandomStreams.Concern;

class RandomStreamsTest {

    @Test
    void the_same_seed_and_keys_open_the_same_stream() {
        var a = new RandomStreams(42).stream(Concern.POST, 3, RandomStreams.key("w3-instagram-1"), 0);
        var b = new RandomStreams(42).stream(Concern.POST, 3, RandomStreams.key("w3-instagram-1"), 0);
        for (int i = 0; i < 100; i++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
    }

    @Test
    void different_concerns_keys_or_seeds_open_different_streams() {
        RandomStreams streams = new RandomStreams(42);
        Set<Long> firsts = new HashSet<>();
        firsts.add(streams.stream(Concern.POST, 1, 2, 3).nextLong());
        firsts.add(streams.stream(Concern.CAMPAIGN, 1, 2, 3).nextLong());
        firsts.add(streams.stream(Concern.POST, 2, 1, 3).nextLong());
        firsts.add(streams.stream(Concern.POST, 1, 2, 4).nextLong());
        firsts.add(new RandomStreams(43).stream(Concern.POST, 1, 2, 3).nextLong());
        assertThat(firsts).hasSize(5);
    }

    @Test
    void replication_seeds_differ_by_index_and_by_seed() {
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seeds.add(RandomStreams.replicationSeed(7, i));
            seeds.add(RandomStreams.replicationSeed(8, i));
        }
        assertThat(seeds).hasSize(2000);
    }

    @Test
    void text_keys_are_stable_across_jvms() {
        // String.hashCode is specified by the JLS, so this value never changes.
        assertThat(RandomStreams.key("post-1"))
                .isEqualTo(RandomStreams.mix("post-1".hashCode() * 0x9E3779B97F4A7C15L + 6));
        assertThat(RandomStreams.key("post-1")).isNotEqualTo(RandomStreams.key("post-2"));
    }
}
