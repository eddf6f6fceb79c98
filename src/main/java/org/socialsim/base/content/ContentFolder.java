package org.socialsim.base.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the YAML files of one content folder ({@code scenarios} or {@code rubrics}) under the configured content
 * directory. When that folder does not exist, the copies packaged in the app under {@code content/<folder>} are read,
 * so {@code java -jar} started anywhere still offers the shipped scenarios and rubrics.
 */
@Component
public class ContentFolder {

    private static final Logger log = LoggerFactory.getLogger(ContentFolder.class);

    private final ContentProperties properties;

    public ContentFolder(ContentProperties properties) {
        this.properties = properties;
    }

    /** Every {@code .yaml} and {@code .yml} file of {@code folder}, by name. */
    public List<ContentFile> read(String folder) {
        Path directory = Path.of(properties.contentDir()).resolve(folder);
        if (Files.isDirectory(directory)) {
            log.info("Reading {} from {}", folder, directory.toAbsolutePath().normalize());
            return fromDirectory(folder, directory);
        }
        log.info("No folder {}: reading the {} packaged in the app", directory.toAbsolutePath(), folder);
        return fromClasspath(folder);
    }

    private static List<ContentFile> fromDirectory(String folder, Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<ContentFile> read = new ArrayList<>();
            for (Path file : files.filter(ContentFolder::isYaml).sorted().toList()) {
                read.add(new ContentFile(
                        folder + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return read;
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read " + directory, failed);
        }
    }

    private static List<ContentFile> fromClasspath(String folder) {
        var resolver = new PathMatchingResourcePatternResolver(ContentFolder.class.getClassLoader());
        try {
            List<ContentFile> read = new ArrayList<>();
            List<Resource> resources = new ArrayList<>();
            resources.addAll(List.of(resolver.getResources("classpath*:content/" + folder + "/*.yaml")));
            resources.addAll(List.of(resolver.getResources("classpath*:content/" + folder + "/*.yml")));
            resources.sort(Comparator.comparing(resource -> String.valueOf(resource.getFilename())));
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    read.add(new ContentFile(
                            folder + "/" + resource.getFilename(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return read;
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read the packaged " + folder, failed);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
