package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** eca:doctor's own parameters, refused before anything reads the org or Nango. */
@ExtendWith(GoalExtension.class)
class DoctorMojoTest {

    @Test
    void failOnTakesErrorOrNever(Goals goals) {
        DoctorMojo mojo = goals.property(PropertyNames.DOCTOR_FAIL_ON, "warning").goal("doctor");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(PropertyNames.DOCTOR_FAIL_ON).hasMessageContaining("'warning'")
                .hasMessageContaining("write error or never");
    }

    @Test
    void doctorExaminesOneApp(Goals goals) {
        DoctorMojo mojo = goals.property(PropertyNames.APP_NAMES, "A,B").goal("doctor");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("eca:doctor examines one app");
    }
}
