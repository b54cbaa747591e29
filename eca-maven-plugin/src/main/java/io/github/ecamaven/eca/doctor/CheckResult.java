package io.github.ecamaven.eca.doctor;

/**
 * The answer of one check. Neither text holds a secret or a consumer key.
 *
 * @param detail what the check found, or why it could not tell
 * @param fix one sentence; empty when the check passed
 */
public record CheckResult(DoctorCheck check, CheckStatus status, String detail, String fix) {

    static CheckResult ok(DoctorCheck check, String detail) {
        return new CheckResult(check, CheckStatus.OK, detail, "");
    }

    static CheckResult failed(DoctorCheck check, String detail, String fix) {
        return new CheckResult(check, CheckStatus.FAILED, detail, fix);
    }

    static CheckResult unknown(DoctorCheck check, String why, String fix) {
        return new CheckResult(check, CheckStatus.UNKNOWN, why, fix);
    }
}
