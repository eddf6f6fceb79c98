package org.socialsim.rubric.io;

import static org.socialsim.base.io.YamlTree.block;
import static org.socialsim.base.io.YamlTree.blockList;
import static org.socialsim.base.io.YamlTree.flow;
import static org.socialsim.base.io.YamlTree.integer;
import static org.socialsim.base.io.YamlTree.name;
import static org.socialsim.base.io.YamlTree.number;
import static org.socialsim.base.io.YamlTree.text;

import org.snakeyaml.engine.v2.nodes.Node;
import org.socialsim.base.io.YamlTree;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.EvidenceDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * Writes a rubric in the file format {@link RubricReader} reads: keys in the records' order, block
 * style, boundaries and assessor parameters on one line, a level's marks as {@code [24, 30]},
 * multi-line text as literal blocks, optional keys left out when empty. Reading what it writes gives
 * an equal definition. Stateless and thread-safe.
 */
public final class RubricWriter {

    /** The YAML text of a rubric. */
    public String write(RubricDefinition rubric) {
        YamlTree.MappingBuilder boundaries = flow();
        rubric.boundaries().forEach(boundary -> boundaries.put(boundary.band(), integer(boundary.from())));
        Node root = block().put("id", text(rubric.id()))
                .put("title", text(rubric.title()))
                .putIf(!rubric.description().isEmpty(), "description", text(rubric.description()))
                .put("marks", integer(rubric.marks()))
                .put("boundaries", boundaries.build())
                .put(
                        "criteria",
                        blockList(rubric.criteria().stream()
                                .map(RubricWriter::criterion)
                                .toList()))
                .build();
        return YamlTree.dump(root);
    }

    private static Node criterion(CriterionDefinition criterion) {
        return block().put("id", text(criterion.id()))
                .put("title", text(criterion.title()))
                .putIf(!criterion.guidance().isEmpty(), "guidance", text(criterion.guidance()))
                .put("marks", integer(criterion.marks()))
                .put(
                        "evidence",
                        blockList(criterion.evidence().stream()
                                .map(RubricWriter::evidence)
                                .toList()))
                .put(
                        "levels",
                        blockList(criterion.levels().stream()
                                .map(RubricWriter::level)
                                .toList()))
                .build();
    }

    private static Node evidence(EvidenceDefinition evidence) {
        YamlTree.MappingBuilder parameters = flow();
        evidence.parameters().forEach((key, value) -> parameters.put(key, YamlTree.scalar(value)));
        return block().put("assessor", name(evidence.assessor()))
                .put("weight", number(evidence.weight()))
                .putIf(!evidence.parameters().isEmpty(), "parameters", parameters.build())
                .build();
    }

    private static Node level(LevelDefinition level) {
        return block().put("label", text(level.label()))
                .put("from", number(level.from()))
                .put("marks", YamlTree.pair(level.minMarks(), level.maxMarks()))
                .put("descriptor", text(level.descriptor()))
                .build();
    }
}
