package app.settle.trainer;

import static app.settle.trainer.Tables.CREATED_AT;
import static app.settle.trainer.Tables.CREATED_BY;
import static app.settle.trainer.Tables.ID;
import static app.settle.trainer.Tables.PUBLISHED;
import static app.settle.trainer.Tables.SCENARIO;
import static app.settle.trainer.Tables.SCENARIO_KEY;
import static app.settle.trainer.Tables.SOURCE;
import static app.settle.trainer.Tables.TITLE;
import static app.settle.trainer.Tables.VERSION;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.trainer.scenario.Scenario;
import app.settle.trainer.scenario.ScenarioCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where scenarios come from: the files shipped in this jar (from {@code training-content/scenarios}), an optional
 * folder named by the setting {@code scenarios-dir}, and the versions trainers save in the portal. A file that
 * does not validate is skipped with its problems listed for trainers; it never stops the plugin. The playable
 * version of a scenario is its newest published portal version, else the file.
 */
final class ScenarioLibrary {

    private static final Logger log = LoggerFactory.getLogger(ScenarioLibrary.class);
    private static final String SHIPPED = "training-content/scenarios/";
    private static final int MAX_FOLDER_FILES = 500;

    private final HostContext host;
    private volatile Map<String, Entry> files = Map.of();
    private volatile List<String> loadProblems = List.of();

    ScenarioLibrary(HostContext host) {
        this.host = host;
    }

    /** A scenario as trainees get it, with where it came from. */
    record Entry(Scenario scenario, String source, String origin) {
        String key() {
            return scenario.id();
        }
    }

    /** One stored portal version (drafts included). */
    record Version(long id, String key, int version, String title, boolean published, String createdBy,
                   LocalDateTime createdAt) {
    }

    void loadShipped() {
        Map<String, Entry> loaded = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : shippedNames()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(SHIPPED + name)) {
                if (in == null) {
                    problems.add(name + ": listed in index.txt but not in the plugin jar");
                    continue;
                }
                add(loaded, problems, name, new String(in.readNBytes(200_000), StandardCharsets.UTF_8), "Shipped");
            } catch (IOException e) {
                problems.add(name + ": could not be read (" + e.getMessage() + ")");
            }
        }
        host.settings().get("scenarios-dir").ifPresent(dir -> loadFolder(Path.of(dir), loaded, problems));
        problems.forEach(problem -> log.warn("Scenario not loaded: {}", problem));
        files = Map.copyOf(loaded);
        loadProblems = List.copyOf(problems);
    }

    /** Files that did not load, with why (for the trainers' scenario list). */
    List<String> loadProblems() {
        return loadProblems;
    }

    /** Every scenario a trainee can play, by title. */
    List<Entry> playable() {
        Map<String, Entry> all = new LinkedHashMap<>(files);
        for (Version version : newestPublished()) {
            stored(version.id()).ifPresent(entry -> all.put(entry.key(), entry));
        }
        return all.values().stream().sorted(Comparator.comparing(entry -> entry.scenario().title())).toList();
    }

    Optional<Entry> playable(String key) {
        return playable().stream().filter(entry -> entry.key().equals(key)).findFirst();
    }

    /** The shipped or folder file of a key, for a trainer to start editing from. */
    Optional<Entry> file(String key) {
        return Optional.ofNullable(files.get(key));
    }

    List<Version> versions() {
        return host.data().dsl().select(ID, SCENARIO_KEY, VERSION, TITLE, PUBLISHED, CREATED_BY, CREATED_AT)
                .from(SCENARIO).orderBy(SCENARIO_KEY, VERSION.desc()).limit(1000)
                .fetch(r -> new Version(r.get(ID), r.get(SCENARIO_KEY), r.get(VERSION), r.get(TITLE),
                        r.get(PUBLISHED), r.get(CREATED_BY), r.get(CREATED_AT)));
    }

    Optional<String> storedSource(long versionId) {
        return host.data().dsl().select(SOURCE).from(SCENARIO).where(ID.eq(versionId)).fetchOptional(SOURCE);
    }

    /**
     * Stores a trainer's text as the next version of its scenario, unpublished. Refuses a text that does not
     * validate (the problems, with lines, are in the message).
     */
    Version saveDraft(String text) {
        requireTrainer();
        ScenarioCheck.Result result = ScenarioCheck.check(text);
        if (!result.valid()) {
            throw new IllegalArgumentException("The scenario has problems:\n" + result.report());
        }
        Scenario scenario = result.scenario().orElseThrow();
        String user = host.currentUser().require().username();
        LocalDateTime now = LocalDateTime.now(host.clock().withZone(ZoneOffset.UTC));
        return host.data().inTransaction(dsl -> {
            Integer last = dsl.select(org.jooq.impl.DSL.max(VERSION)).from(SCENARIO)
                    .where(SCENARIO_KEY.eq(scenario.id())).forUpdate().fetchOne(0, Integer.class);
            int next = last == null ? 1 : last + 1;
            long id = dsl.insertInto(SCENARIO).set(SCENARIO_KEY, scenario.id()).set(VERSION, next)
                    .set(TITLE, scenario.title()).set(SOURCE, text).set(PUBLISHED, false).set(CREATED_BY, user)
                    .set(CREATED_AT, now).returningResult(ID).fetchOne(ID);
            host.audit().record(new AuditEntry("TRAINING_SCENARIO_SAVED", "negotiation_trainer_scenario",
                    String.valueOf(id), null, "{\"scenario\":\"" + scenario.id() + "\",\"version\":" + next + "}"));
            return new Version(id, scenario.id(), next, scenario.title(), false, user, now);
        });
    }

    /** Makes a stored version the one trainees play. */
    void publish(long versionId) {
        requireTrainer();
        host.data().inTransaction(dsl -> {
            var row = dsl.select(SCENARIO_KEY, VERSION, PUBLISHED).from(SCENARIO).where(ID.eq(versionId)).forUpdate()
                    .fetchOptional().orElseThrow(() -> new IllegalArgumentException("That scenario version no longer exists"));
            if (row.get(PUBLISHED)) {
                throw new IllegalArgumentException("Version " + row.get(VERSION) + " is already published");
            }
            dsl.update(SCENARIO).set(PUBLISHED, true).where(ID.eq(versionId)).execute();
            host.audit().record(new AuditEntry("TRAINING_SCENARIO_PUBLISHED", "negotiation_trainer_scenario",
                    String.valueOf(versionId), "{\"published\":false}", "{\"scenario\":\"" + row.get(SCENARIO_KEY)
                    + "\",\"version\":" + row.get(VERSION) + ",\"published\":true}"));
        });
    }

    private List<Version> newestPublished() {
        Map<String, Version> newest = new LinkedHashMap<>();
        versions().stream().filter(Version::published).forEach(v -> newest.putIfAbsent(v.key(), v));
        return List.copyOf(newest.values());
    }

    private Optional<Entry> stored(long versionId) {
        return storedSource(versionId).flatMap(text -> ScenarioCheck.check(text).scenario()
                .map(scenario -> new Entry(scenario, text, "Portal")));
    }

    private void requireTrainer() {
        if (!host.currentUser().hasRole(Role.TRAINER)) {
            throw new SecurityException("Only trainers may change scenarios");
        }
    }

    private List<String> shippedNames() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SHIPPED + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.endsWith(".scn") && !line.contains("/")).toList();
        } catch (IOException e) {
            log.warn("The shipped scenario index could not be read", e);
            return List.of();
        }
    }

    private static void loadFolder(Path dir, Map<String, Entry> loaded, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": the scenarios folder does not exist");
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".scn")).sorted()
                    .limit(MAX_FOLDER_FILES).toList()) {
                if (Files.size(file) > 200_000) {
                    problems.add(file.getFileName() + ": larger than 200,000 bytes");
                    continue;
                }
                add(loaded, problems, file.getFileName().toString(), Files.readString(file), "Folder");
            }
        } catch (IOException | RuntimeException e) {
            problems.add(dir + ": could not be read (" + e.getMessage() + ")");
        }
    }

    private static void add(Map<String, Entry> loaded, List<String> problems, String name, String text, String origin) {
        ScenarioCheck.Result result = ScenarioCheck.check(text);
        if (result.valid()) {
            Scenario scenario = result.scenario().orElseThrow();
            loaded.put(scenario.id(), new Entry(scenario, text, origin));
        } else {
            problems.add(name + ": " + String.join("; ", result.problems().stream().limit(5)
                    .map(Object::toString).toList()));
        }
    }
}
