package app.settle.trainer;

import app.settle.trainer.call.ItemResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trainee's record per skill (rubric item key) across finished calls, oldest first: how often the skill came up,
 * how often it was earned, and the latest results (the trend a trainer looks at).
 */
record SkillProgress(String skill, String label, int shown, int earned, List<ItemResult.Status> history) {

    static final int TREND = 8;

    /** Skills in the order first met; reviews may come in any order, they are read oldest first. */
    static List<SkillProgress> of(List<SessionStore.Review> reviews) {
        Map<String, List<ItemResult>> bySkill = new LinkedHashMap<>();
        reviews.stream().filter(review -> review.session().finished())
                .sorted(java.util.Comparator.comparingLong(review -> review.session().id()))
                .forEach(review -> review.scorecard().items().forEach(item ->
                        bySkill.computeIfAbsent(item.item().key(), key -> new ArrayList<>()).add(item)));
        List<SkillProgress> skills = new ArrayList<>();
        bySkill.forEach((skill, results) -> {
            List<ItemResult> shown = results.stream().filter(r -> r.status() != ItemResult.Status.NOT_SHOWN).toList();
            int earned = (int) shown.stream().filter(r -> r.status() == ItemResult.Status.EARNED).count();
            List<ItemResult.Status> history = results.stream().map(ItemResult::status).toList();
            skills.add(new SkillProgress(skill, results.getLast().item().label(), shown.size(), earned,
                    history.subList(Math.max(0, history.size() - TREND), history.size())));
        });
        return skills;
    }

    /** "75%", or "—" when the skill never came up. */
    String rate() {
        return shown == 0 ? "—" : Math.round(100.0 * earned / shown) + "%";
    }

    /** The latest results as symbols, oldest left: ✓ earned, ✗ lost, · not shown. */
    String trend() {
        StringBuilder text = new StringBuilder();
        for (ItemResult.Status status : history) {
            text.append(switch (status) {
                case EARNED -> "✓";
                case LOST -> "✗";
                case NOT_SHOWN -> "·";
            });
        }
        return text.toString();
    }
}
