package app.settle.plugins.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.Role;
import app.settle.api.UserRef;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalRuleTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("500.00");
    private static final long TEAM = 7;

    @Test
    void onlyAnAmountAboveTheThresholdNeedsApproval() {
        assertThat(ApprovalRule.needsApproval(new BigDecimal("500.00"), THRESHOLD)).isFalse();
        assertThat(ApprovalRule.needsApproval(new BigDecimal("500"), THRESHOLD)).isFalse();
        assertThat(ApprovalRule.needsApproval(new BigDecimal("500.01"), THRESHOLD)).isTrue();
        assertThat(ApprovalRule.needsApproval(new BigDecimal("12.50"), THRESHOLD)).isFalse();
    }

    @Test
    void anotherSupervisorOfTheAccountsTeamMayApprove() {
        assertThat(ApprovalRule.refusal(user("sam", Role.SUPERVISOR, TEAM), "alex", TEAM)).isNull();
    }

    @Test
    void theRequesterMayNotApproveTheirOwnRequest() {
        assertThat(ApprovalRule.refusal(user("alex", Role.SUPERVISOR, TEAM), "alex", TEAM))
                .isEqualTo("You asked for this resolution, so another supervisor must approve it.");
    }

    @Test
    void aSupervisorOfAnotherTeamACollectorAndAnAdministratorMayNotApprove() {
        assertThat(ApprovalRule.refusal(user("sam", Role.SUPERVISOR, 99), "alex", TEAM))
                .isEqualTo("Only a supervisor of the account's team approves this resolution.");
        assertThat(ApprovalRule.refusal(user("casey", Role.COLLECTOR, TEAM), "alex", TEAM))
                .startsWith("Only a supervisor of the account's team");
        assertThat(ApprovalRule.refusal(user("root", Role.ADMIN, TEAM), "alex", TEAM))
                .startsWith("Only a supervisor of the account's team");
    }

    private static UserRef user(String name, Role role, long team) {
        return new UserRef(1, name, name, role, Set.of(team));
    }
}
