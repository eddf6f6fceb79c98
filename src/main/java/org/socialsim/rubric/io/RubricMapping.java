package org.socialsim.rubric.io;

import static org.socialsim.base.io.YamlValues.allRead;
import static org.socialsim.base.io.YamlValues.enumOf;
import static org.socialsim.base.io.YamlValues.id;
import static org.socialsim.base.io.YamlValues.integer;
import static org.socialsim.base.io.YamlValues.listOf;
import static org.socialsim.base.io.YamlValues.mapping;
import static org.socialsim.base.io.YamlValues.number;
import static org.socialsim.base.io.YamlValues.numberAbove;
import static org.socialsim.base.io.YamlValues.orderedMap;
import static org.socialsim.base.io.YamlValues.pair;
import static org.socialsim.base.io.YamlValues.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.socialsim.base.io.NumberPair;
import org.socialsim.base.io.ReadResult;
import org.socialsim.base.io.YamlContext;
import org.socialsim.base.io.YamlMapping;
import org.socialsim.base.io.YamlValues;
import org.socialsim.rubric.definition.AssessorName;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.EvidenceDefinition;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * One read of one rubric file: walks the node tree in the records' shape and checks what makes a
 * marking scheme consistent — weights summing to 1, criteria summing to the total, levels covering
 * every mark exactly once, boundaries ascending. Ranges are those in the records' Javadoc.
 */
final class RubricMapping {

    static final List<String> RUBRIC = List.of("id", "title", "description", "marks", "boundaries", "criteria");
    static final List<String> CRITERION = List.of("id", "title", "guidance", "marks", "evidence", "levels");
    static final List<String> EVIDENCE = List.of("assessor", "weight", "parameters");
    static final List<String> LEVEL = List.of("label", "from", "marks", "descriptor");

    /** Weights must add up to 1 within this, so authors can write thirds as 0.333. */
    static final double SUM_TOLERANCE = 0.001;

    private static final int MAX_MARKS = 1000;

    private final YamlContext context;

    /** The rubric's total; the format's maximum until the file's own value is read. */
    private int marks = MAX_MARKS;

    RubricMapping(String file) {
        this.context = new YamlContext(file);
    }

    ReadResult<RubricDefinition> read(Node root) {
        return context.result(mapping(RUBRIC, this::rubric).read(context, root, ""));
    }

    private @Nullable RubricDefinition rubric(YamlMapping m) {
        String id = m.required("id", id(3, 60));
        String title = m.required("title", text(1, 120));
        String description = m.optional("description", text(0, 10_000), "");
        Integer total = m.required("marks", integer(1, MAX_MARKS));
        if (total != null) {
            marks = total;
        }
        Map<String, Integer> bands = m.required(
                "boundaries",
                orderedMap(
                        text(1, 40),
                        integer(0, marks, "a total from 0 to the rubric's " + marks + " marks"),
                        1,
                        10,
                        "grade bands and the total each starts at"));
        if (bands != null) {
            checkBoundaries(bands, (MappingNode) m.valueNode("boundaries"), m.path("boundaries"));
        }
        List<CriterionDefinition> criteria =
                m.required("criteria", listOf(mapping(CRITERION, this::criterion), 1, 20, "criteria"));
        YamlValues.reportDuplicateIds(context, m.valueNode("criteria"), m.path("criteria"), "id");
        if (criteria != null && total != null) {
            int sum = criteria.stream().mapToInt(CriterionDefinition::marks).sum();
            if (sum != total) {
                String listed =
                        criteria.stream().map(c -> c.id() + " " + c.marks()).collect(Collectors.joining(" + "));
                context.report(
                        m.keyNode("criteria"),
                        m.path("criteria"),
                        "criteria marks add up to %d (%s), expected the rubric's %d marks"
                                .formatted(sum, listed, total));
            }
        }
        if (!allRead(id, title, total, bands, criteria)) {
            return null;
        }
        List<GradeBoundary> boundaries = bands.entrySet().stream()
                .map(band -> new GradeBoundary(band.getKey(), band.getValue()))
                .toList();
        return new RubricDefinition(id, title, description, total, boundaries, criteria);
    }

    /** Bands start at 0 and rise, so every total falls in exactly one. */
    private void checkBoundaries(Map<String, Integer> bands, MappingNode node, String path) {
        List<String> names = new ArrayList<>(bands.keySet());
        for (int i = 0; i < names.size(); i++) {
            Node at = node.getValue().get(i).getValueNode();
            String band = names.get(i);
            int from = bands.get(band);
            if (i == 0 && from != 0) {
                context.report(
                        at,
                        YamlMapping.child(path, band),
                        "the first band `%s` starts at %d, expected 0 so that every total has a band (add a band such as `fail: 0` before it)"
                                .formatted(band, from));
            } else if (i > 0 && from <= bands.get(names.get(i - 1))) {
                context.report(
                        at,
                        YamlMapping.child(path, band),
                        "band `%s` starts at %d, not above `%s` at %d; expected bands in ascending order, each starting higher than the one before"
                                .formatted(band, from, names.get(i - 1), bands.get(names.get(i - 1))));
            }
        }
    }

    private @Nullable CriterionDefinition criterion(YamlMapping m) {
        String id = m.required("id", id(1, 40));
        String title = m.required("title", text(1, 200));
        String guidance = m.optional("guidance", text(0, 4_000), "");
        Integer criterionMarks =
                m.required("marks", integer(1, marks, "a whole number from 1 to the rubric's " + marks + " marks"));
        List<EvidenceDefinition> evidence =
                m.required("evidence", listOf(mapping(EVIDENCE, this::evidence), 1, 10, "assessors with weights"));
        if (evidence != null) {
            checkEvidence(evidence, (SequenceNode) m.valueNode("evidence"), m.keyNode("evidence"), m.path("evidence"));
        }
        List<LevelDefinition> levels = m.required("levels", listOf(mapping(LEVEL, this::level), 2, 8, "levels"));
        if (levels != null) {
            checkThresholds(levels, (SequenceNode) m.valueNode("levels"), m.path("levels"));
            if (criterionMarks != null) {
                checkMarks(
                        levels,
                        criterionMarks,
                        (SequenceNode) m.valueNode("levels"),
                        m.keyNode("levels"),
                        m.path("levels"));
            }
        }
        if (!allRead(id, title, criterionMarks, evidence, levels)) {
            return null;
        }
        return new CriterionDefinition(id, title, guidance, criterionMarks, evidence, levels);
    }

    private @Nullable EvidenceDefinition evidence(YamlMapping m) {
        AssessorName assessor = m.required("assessor", enumOf(AssessorName.class));
        Double weight = m.required("weight", numberAbove(0, 1));
        Map<String, Object> parameters = m.optional(
                "parameters", orderedMap(text(1, 40), YamlValues.scalar(), 0, 20, "assessor settings"), Map.of());
        return allRead(assessor, weight) ? new EvidenceDefinition(assessor, weight, parameters) : null;
    }

    private @Nullable LevelDefinition level(YamlMapping m) {
        String label = m.required("label", text(1, 40));
        Double from = m.required("from", number(0, 1));
        NumberPair levelMarks = m.required("marks", pair(integer(0, MAX_MARKS)));
        String descriptor = m.required("descriptor", text(1, 2_000));
        if (!allRead(label, from, levelMarks, descriptor)) {
            return null;
        }
        return new LevelDefinition(label, from, (int) levelMarks.min(), (int) levelMarks.max(), descriptor);
    }

    /** Each assessor once, and the weights make a whole. */
    private void checkEvidence(List<EvidenceDefinition> evidence, SequenceNode list, Node key, String path) {
        for (int i = 1; i < evidence.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (evidence.get(i).assessor() == evidence.get(j).assessor()) {
                    context.report(
                            list.getValue().get(i),
                            path + "[" + i + "].assessor",
                            "assessor `%s` is listed twice in this criterion; expected each assessor once (give it one combined weight)"
                                    .formatted(evidence.get(i).assessor().yamlName()));
                }
            }
        }
        double sum = evidence.stream().mapToDouble(EvidenceDefinition::weight).sum();
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            String listed = evidence.stream()
                    .map(e -> e.assessor().yamlName() + " " + YamlValues.format(e.weight()))
                    .collect(Collectors.joining(" + "));
            context.report(
                    key,
                    path,
                    "evidence weights add up to %s (%s), expected 1 (±%s)"
                            .formatted(
                                    YamlValues.format(Math.round(sum * 1e6) / 1e6),
                                    listed,
                                    YamlValues.format(SUM_TOLERANCE)));
        }
    }

    /** A score picks the first level whose threshold it reaches, so thresholds fall to 0. */
    private void checkThresholds(List<LevelDefinition> levels, SequenceNode list, String path) {
        for (int i = 1; i < levels.size(); i++) {
            LevelDefinition level = levels.get(i);
            LevelDefinition above = levels.get(i - 1);
            if (level.from() >= above.from()) {
                context.report(
                        list.getValue().get(i),
                        path + "[" + i + "].from",
                        "level `%s` starts at score %s, not below `%s` at %s; expected thresholds descending from the best level to the worst"
                                .formatted(
                                        level.label(),
                                        YamlValues.format(level.from()),
                                        above.label(),
                                        YamlValues.format(above.from())));
            }
        }
        LevelDefinition last = levels.getLast();
        if (last.from() != 0) {
            context.report(
                    list.getValue().getLast(),
                    path + "[" + (levels.size() - 1) + "].from",
                    "the last level `%s` starts at score %s, expected 0 so that every score suggests a level"
                            .formatted(last.label(), YamlValues.format(last.from())));
        }
    }

    /** Every mark from 0 to the criterion's marks belongs to exactly one level, best level highest. */
    private void checkMarks(
            List<LevelDefinition> levels, int criterionMarks, SequenceNode list, Node key, String path) {
        boolean consistent = true;
        Map<Integer, List<String>> owners = new LinkedHashMap<>();
        for (int mark = 0; mark <= criterionMarks; mark++) {
            owners.put(mark, new ArrayList<>());
        }
        for (int i = 0; i < levels.size(); i++) {
            LevelDefinition level = levels.get(i);
            if (level.maxMarks() > criterionMarks) {
                context.report(
                        list.getValue().get(i),
                        path + "[" + i + "].marks",
                        "level `%s` goes up to %d marks, expected at most the criterion's %d marks"
                                .formatted(level.label(), level.maxMarks(), criterionMarks));
                consistent = false;
            }
            for (int mark = level.minMarks(); mark <= Math.min(level.maxMarks(), criterionMarks); mark++) {
                owners.get(mark).add(level.label());
            }
        }
        List<Integer> missing = owners.entrySet().stream()
                .filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        List<Integer> doubled = owners.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            context.report(
                    key,
                    path,
                    "no level covers %s %s; expected the levels' marks to cover 0 to %d without gaps"
                            .formatted(missing.size() == 1 ? "mark" : "marks", spans(missing), criterionMarks));
            consistent = false;
        }
        if (!doubled.isEmpty()) {
            String where = doubled.stream()
                    .map(owners::get)
                    .distinct()
                    .map(labels -> String.join(" and ", labels))
                    .collect(Collectors.joining("; "));
            context.report(
                    key,
                    path,
                    "%s %s in more than one level (%s); expected each mark in exactly one level"
                            .formatted(
                                    doubled.size() == 1 ? "mark" : "marks",
                                    spans(doubled),
                                    where + (doubled.size() == 1 ? "" : "")));
            consistent = false;
        }
        for (int i = 1; consistent && i < levels.size(); i++) {
            LevelDefinition level = levels.get(i);
            LevelDefinition above = levels.get(i - 1);
            if (level.minMarks() > above.maxMarks()) {
                context.report(
                        list.getValue().get(i),
                        path + "[" + i + "].marks",
                        "level `%s` has marks [%d, %d], above `%s` before it; expected levels from the best (highest marks) to the worst"
                                .formatted(level.label(), level.minMarks(), level.maxMarks(), above.label()));
                consistent = false;
            }
        }
    }

    /** {@code 3, 18-19} for marks 3, 18 and 19. */
    static String spans(List<Integer> marks) {
        List<String> spans = new ArrayList<>();
        int start = marks.getFirst();
        int previous = start;
        for (int mark : marks.subList(1, marks.size())) {
            if (mark != previous + 1) {
                spans.add(start == previous ? "" + start : start + "-" + previous);
                start = mark;
            }
            previous = mark;
        }
        spans.add(start == previous ? "" + start : start + "-" + previous);
        return String.join(", ", spans);
    }
}
