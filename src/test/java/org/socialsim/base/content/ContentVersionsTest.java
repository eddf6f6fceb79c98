package org.socialsim.base.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.socialsim.base.io.ReadResult;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

// Two tutors saving the same scenario at the same moment: both read "latest is 1" and both try to insert number 2.
// The database's unique constraint lets one in; these tests play the loser's side without a database.
class ContentVersionsTest {

    private static final String FIRST = "id: cafe\nweeks: 6\n";

    @Test
    void an_editor_who_loses_a_race_for_the_next_number_is_told_someone_saved_first() {
        var store = new InMemoryVersions();
        store.store("cafe.yaml", FIRST, ContentSource.FILE, null, null, null);
        store.rivalSavesBeforeNextInsert("id: cafe\nweeks: 7\n");

        SaveOutcome outcome = store.store("cafe.yaml", "id: cafe\nweeks: 8\n", ContentSource.BROWSER, 1L, "cafe", 1);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Stale.class,
                        stale -> assertThat(stale.latest().number()).isEqualTo(2));
        assertThat(store.rows).extracting(Row::text).containsExactly(FIRST, "id: cafe\nweeks: 7\n");
    }

    @Test
    void an_upload_that_loses_a_race_becomes_the_version_after_the_winner() {
        var store = new InMemoryVersions();
        store.store("cafe.yaml", FIRST, ContentSource.FILE, null, null, null);
        store.rivalSavesBeforeNextInsert("id: cafe\nweeks: 7\n");

        SaveOutcome outcome = store.upload("cafe.yaml", "id: cafe\nweeks: 8\n", 1L);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class,
                        saved -> assertThat(saved.version().number()).isEqualTo(3));
    }

    @Test
    void the_same_text_saved_twice_at_once_is_stored_once() {
        var store = new InMemoryVersions();
        store.store("cafe.yaml", FIRST, ContentSource.FILE, null, null, null);
        String same = "id: cafe\nweeks: 7\n";
        store.rivalSavesBeforeNextInsert(same);

        SaveOutcome outcome = store.upload("cafe.yaml", same, 1L);

        assertThat(outcome).isInstanceOf(SaveOutcome.Unchanged.class);
        assertThat(store.rows).hasSize(2);
    }

    @Test
    void a_text_over_the_size_limit_is_refused_as_the_validate_command_would_and_nothing_is_stored() {
        var store = new InMemoryVersions();
        String huge = "id: cafe\n# " + "x".repeat(ContentText.MAX_BYTES) + "\n";

        SaveOutcome outcome = store.upload("cafe.yaml", huge, 1L);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Invalid.class,
                        invalid -> assertThat(invalid.problems().getFirst().message())
                                .startsWith("the file has 1,000,012 bytes; expected at most 1,000,000"));
        assertThat(store.rows).isEmpty();
    }

    private record Row(String id, int number, String text, String hash) {}

    /** Definitions are just their id here: the first line of the text, "id: x". */
    private static final class InMemoryVersions extends ContentVersions<String, Row> {

        final List<Row> rows = new ArrayList<>();
        private @Nullable String rivalText;

        InMemoryVersions() {
            super("scenario", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new NoTransactions());
        }

        void rivalSavesBeforeNextInsert(String text) {
            rivalText = text;
        }

        @Override
        protected ReadResult<String> readText(String fileName, String text) {
            return new ReadResult.Valid<>(text.lines().findFirst().orElseThrow().substring("id: ".length()));
        }

        @Override
        protected String idOf(String definition) {
            return definition;
        }

        @Override
        protected Optional<Row> withHash(String id, String contentHash) {
            return rows.stream()
                    .filter(row -> row.id().equals(id) && row.hash().equals(contentHash))
                    .findFirst();
        }

        @Override
        protected Optional<Row> latest(String id) {
            return rows.stream().filter(row -> row.id().equals(id)).max(Comparator.comparingInt(Row::number));
        }

        @Override
        protected Row insert(
                String definition, int number, ContentText content, ContentSource source, @Nullable Long authorId) {
            String rival = rivalText;
            if (rival != null) {
                rivalText = null;
                ContentText rivalContent = ContentText.of(rival);
                rows.add(new Row(definition, number, rivalContent.text(), rivalContent.hash()));
                throw new DataIntegrityViolationException("unique constraint scenario_version_number_unique");
            }
            Row row = new Row(definition, number, content.text(), content.hash());
            rows.add(row);
            return row;
        }

        @Override
        protected int numberOf(Row version) {
            return version.number();
        }

        @Override
        protected VersionSummary summaryOf(Row version) {
            return new VersionSummary(
                    version.number(),
                    version.id(),
                    version.number(),
                    version.id(),
                    ContentSource.FILE,
                    null,
                    clock().instant());
        }
    }

    private static final class NoTransactions implements PlatformTransactionManager {
        @Override
        public TransactionStatus getTransaction(@Nullable TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {}

        @Override
        public void rollback(TransactionStatus status) {}
    }
}
