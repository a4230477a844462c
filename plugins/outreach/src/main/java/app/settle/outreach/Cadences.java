package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_CADENCE;
import static app.settle.outreach.db.Tables.OUTREACH_STEP;
import static app.settle.outreach.db.Tables.OUTREACH_TEMPLATE;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Cadences and their steps. Saving keeps the identity of a step whose day and template did not change, so that an
 * account already in the cadence is never sent the same step again; a removed step is kept (marked removed) for the
 * messages it sent.
 */
final class Cadences {

    static final int MAX_STEPS = 20;

    /** One step: on this day after the anchor, send this template (its channel is the template's). */
    record Step(Long id, int day, long templateId) {
    }

    /** A cadence; {@code minDpd}/{@code maxDpd} only for {@link Trigger#DPD}. */
    record Cadence(Long id, String name, Trigger trigger, Integer minDpd, Integer maxDpd, boolean exitOnPayment,
                   boolean enabled, int version, List<Step> steps) {
        Cadence {
            steps = List.copyOf(steps);
        }
    }

    private Cadences() {
    }

    static List<Cadence> all(DSLContext dsl) {
        Map<Long, List<Step>> steps = dsl.selectFrom(OUTREACH_STEP).where(OUTREACH_STEP.REMOVED.isFalse())
                .orderBy(OUTREACH_STEP.DAY_OFFSET, OUTREACH_STEP.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(step -> step.getCadenceId(),
                        Collectors.mapping(step -> new Step(step.getId(), step.getDayOffset(), step.getTemplateId()),
                                Collectors.toList())));
        return dsl.selectFrom(OUTREACH_CADENCE).orderBy(OUTREACH_CADENCE.NAME)
                .fetch(row -> new Cadence(row.getId(), row.getName(), Trigger.valueOf(row.getTriggerKind()),
                        row.getMinDpd(), row.getMaxDpd(), row.getExitOnPayment(), row.getEnabled(), row.getVersion(),
                        steps.getOrDefault(row.getId(), List.of())));
    }

    /**
     * Saves a new cadence ({@code id} null) or changes one at the version the user saw; refuses with every problem in
     * one message. Returns the id. Supervisors and administrators only; audited.
     */
    static long save(HostContext host, Cadence cadence) {
        String user = Access.require(host.currentUser(), Access.AUTHORS, "change cadences");
        List<String> problems = problems(cadence);
        if (!problems.isEmpty()) {
            throw new OutreachRefusedException(String.join("\n", problems));
        }
        String name = cadence.name().strip();
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        return host.data().inTransaction(dsl -> {
            Set<Long> templates = new HashSet<>(dsl.select(OUTREACH_TEMPLATE.ID).from(OUTREACH_TEMPLATE)
                    .fetch(OUTREACH_TEMPLATE.ID));
            if (cadence.steps().stream().anyMatch(step -> !templates.contains(step.templateId()))) {
                throw new OutreachRefusedException("A step names a template that no longer exists.");
            }
            org.jooq.Condition others = cadence.id() == null ? org.jooq.impl.DSL.trueCondition()
                    : OUTREACH_CADENCE.ID.ne(cadence.id());
            if (dsl.fetchExists(OUTREACH_CADENCE, OUTREACH_CADENCE.NAME.eq(name).and(others))) {
                throw new OutreachRefusedException("There is a cadence called \"" + name + "\" already.");
            }
            long id;
            String before = null;
            if (cadence.id() == null) {
                id = dsl.insertInto(OUTREACH_CADENCE).set(columns(cadence, name, user, now))
                        .returning(OUTREACH_CADENCE.ID).fetchOne(OUTREACH_CADENCE.ID);
            } else {
                before = describe(dsl, cadence.id());
                int changed = dsl.update(OUTREACH_CADENCE).set(columns(cadence, name, user, now))
                        .set(OUTREACH_CADENCE.VERSION, OUTREACH_CADENCE.VERSION.plus(1))
                        .where(OUTREACH_CADENCE.ID.eq(cadence.id()), OUTREACH_CADENCE.VERSION.eq(cadence.version()))
                        .execute();
                if (changed == 0) {
                    throw new OutreachRefusedException("Somebody changed this cadence meanwhile: open it again to see"
                            + " their changes.");
                }
                id = cadence.id();
            }
            saveSteps(dsl, id, cadence.steps());
            host.audit().record(new AuditEntry(cadence.id() == null ? "CADENCE_CREATED" : "CADENCE_CHANGED",
                    "outreach_cadence", Long.toString(id), before, describe(dsl, id)));
            return id;
        });
    }

    static List<String> problems(Cadence cadence) {
        List<String> problems = new ArrayList<>();
        if (cadence.name() == null || cadence.name().isBlank() || cadence.name().strip().length() > 100) {
            problems.add("Give the cadence a name of 1 to 100 characters.");
        }
        if (cadence.trigger() == null) {
            problems.add("Choose what brings accounts into the cadence.");
            return problems;
        }
        if (cadence.steps().isEmpty()) {
            problems.add("Add at least one step.");
        }
        if (cadence.steps().size() > MAX_STEPS) {
            problems.add("A cadence has at most " + MAX_STEPS + " steps.");
        }
        if (cadence.trigger() == Trigger.DPD) {
            Integer min = cadence.minDpd();
            Integer max = cadence.maxDpd();
            if (min == null || max == null || min < 0 || max > 3650 || min > max) {
                problems.add("Give the range of days past due, from 0 to 3,650, the first no later than the last.");
            } else {
                for (Step step : cadence.steps()) {
                    if (step.day() < min || step.day() > max) {
                        problems.add("The step on day " + step.day() + " is outside days " + min + " to " + max
                                + " past due: accounts are not in the cadence then.");
                    }
                }
            }
        } else if (cadence.steps().stream().anyMatch(step -> step.day() < -30 || step.day() > 365)) {
            problems.add("Step days of an event cadence are from −30 to 365.");
        }
        long distinct = cadence.steps().stream().map(step -> step.day() + "/" + step.templateId()).distinct().count();
        if (distinct < cadence.steps().size()) {
            problems.add("Two steps send the same template on the same day.");
        }
        return problems;
    }

    /** The columns a save writes, the DPD range only for a DPD cadence. */
    private static Map<org.jooq.Field<?>, Object> columns(Cadence cadence, String name, String user,
                                                         LocalDateTime now) {
        boolean dpd = cadence.trigger() == Trigger.DPD;
        Map<org.jooq.Field<?>, Object> columns = new java.util.LinkedHashMap<>();
        columns.put(OUTREACH_CADENCE.NAME, name);
        columns.put(OUTREACH_CADENCE.TRIGGER_KIND, cadence.trigger().name());
        columns.put(OUTREACH_CADENCE.MIN_DPD, dpd ? cadence.minDpd() : null);
        columns.put(OUTREACH_CADENCE.MAX_DPD, dpd ? cadence.maxDpd() : null);
        columns.put(OUTREACH_CADENCE.EXIT_ON_PAYMENT, cadence.exitOnPayment());
        columns.put(OUTREACH_CADENCE.ENABLED, cadence.enabled());
        columns.put(OUTREACH_CADENCE.UPDATED_BY, user);
        columns.put(OUTREACH_CADENCE.UPDATED_AT, now);
        return columns;
    }

    private static void saveSteps(DSLContext dsl, long cadenceId, List<Step> wanted) {
        List<Step> current = dsl.selectFrom(OUTREACH_STEP)
                .where(OUTREACH_STEP.CADENCE_ID.eq(cadenceId), OUTREACH_STEP.REMOVED.isFalse())
                .fetch(row -> new Step(row.getId(), row.getDayOffset(), row.getTemplateId()));
        Set<Long> kept = new HashSet<>();
        int position = 0;
        for (Step step : wanted.stream().sorted(Comparator.comparingInt(Step::day)).toList()) {
            position++;
            Step same = current.stream().filter(c -> c.day() == step.day() && c.templateId() == step.templateId()
                    && !kept.contains(c.id())).findFirst().orElse(null);
            if (same != null) {
                kept.add(same.id());
                dsl.update(OUTREACH_STEP).set(OUTREACH_STEP.POSITION, position)
                        .where(OUTREACH_STEP.ID.eq(same.id())).execute();
            } else {
                dsl.insertInto(OUTREACH_STEP).set(OUTREACH_STEP.CADENCE_ID, cadenceId)
                        .set(OUTREACH_STEP.POSITION, position).set(OUTREACH_STEP.DAY_OFFSET, step.day())
                        .set(OUTREACH_STEP.TEMPLATE_ID, step.templateId()).execute();
            }
        }
        List<Long> removed = current.stream().map(Step::id).filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty()) {
            dsl.update(OUTREACH_STEP).set(OUTREACH_STEP.REMOVED, true).where(OUTREACH_STEP.ID.in(removed)).execute();
        }
    }

    private static String describe(DSLContext dsl, long id) {
        var row = dsl.selectFrom(OUTREACH_CADENCE).where(OUTREACH_CADENCE.ID.eq(id)).fetchOne();
        String steps = dsl.select(OUTREACH_STEP.DAY_OFFSET, OUTREACH_TEMPLATE.NAME).from(OUTREACH_STEP)
                .join(OUTREACH_TEMPLATE).on(OUTREACH_TEMPLATE.ID.eq(OUTREACH_STEP.TEMPLATE_ID))
                .where(OUTREACH_STEP.CADENCE_ID.eq(id), OUTREACH_STEP.REMOVED.isFalse())
                .orderBy(OUTREACH_STEP.DAY_OFFSET)
                .fetch(step -> "day " + step.value1() + ": " + step.value2()).stream()
                .collect(Collectors.joining("; "));
        return Json.object("name", row.getName(), "trigger", row.getTriggerKind(),
                "dpd", row.getMinDpd() == null ? null : row.getMinDpd() + "-" + row.getMaxDpd(),
                "exit_on_payment", row.getExitOnPayment().toString(), "enabled", row.getEnabled().toString(),
                "steps", steps);
    }
}
