package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_SCORE_BAND;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.Role;
import java.util.List;
import java.util.stream.Collectors;

/** Stores the scoring model. Only supervisors and administrators change it; every change is audited. */
final class ScoreModels {

    private final HostContext host;

    ScoreModels(HostContext host) {
        this.host = host;
    }

    ScoreModel current() {
        return new ScoreModel(host.data().dsl().selectFrom(WORKLIST_SCORE_BAND).orderBy(WORKLIST_SCORE_BAND.ID)
                .fetch(r -> new ScoreBand(ScoreComponent.valueOf(r.getComponent()), r.getRangeFrom(), r.getRangeTo(),
                        r.getPoints())));
    }

    /** Replaces the model (validated first: a bad model changes nothing) and returns it. */
    ScoreModel replace(List<ScoreBand> bands) {
        Access.requireSupervisor(host);
        ScoreModel model = new ScoreModel(bands);
        ScoreModel before = current();
        host.data().inTransaction(dsl -> {
            dsl.deleteFrom(WORKLIST_SCORE_BAND).execute();
            for (ScoreBand band : model.all()) {
                dsl.insertInto(WORKLIST_SCORE_BAND)
                        .set(WORKLIST_SCORE_BAND.COMPONENT, band.component().name())
                        .set(WORKLIST_SCORE_BAND.RANGE_FROM, band.from())
                        .set(WORKLIST_SCORE_BAND.RANGE_TO, band.to())
                        .set(WORKLIST_SCORE_BAND.POINTS, band.points())
                        .execute();
            }
            host.audit().record(new AuditEntry("SCORE_MODEL_CHANGED", "worklist_score_band", null, json(before),
                    json(model)));
        });
        return model;
    }

    private static String json(ScoreModel model) {
        return model.all().stream()
                .map(b -> "{\"component\":\"" + b.component() + "\",\"from\":" + b.from().toPlainString() + ",\"to\":"
                        + (b.to() == null ? "null" : b.to().toPlainString()) + ",\"points\":" + b.points() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static boolean mayChange(HostContext host) {
        return host.currentUser().hasRole(Role.SUPERVISOR) || host.currentUser().hasRole(Role.ADMIN);
    }
}
