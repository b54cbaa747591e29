package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A property of an earlier release is refused naming its new name, not ignored (the goal would take the default). */
@ExtendWith(GoalExtension.class)
class RenamedPropertyTest {

    private static String oldNameOfPackageType() {
        return PropertyNames.RENAMED.entrySet().stream().filter(e -> e.getValue().equals(PropertyNames.PACKAGE_TYPE))
                .findFirst().orElseThrow().getKey();
    }

    @Test
    void theOldPackageTypePropertyInThePomIsRefusedNamingTheNewOne(Goals goals) {
        String old = oldNameOfPackageType();
        goals.project().getProperties().setProperty(old, "Unlocked");
        Mojo mojo = goals.goal("package-create");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(old + " is now " + PropertyNames.PACKAGE_TYPE + " (<packageType>)");
    }

    @Test
    void theOldPackageTypePropertyOnTheCommandLineIsRefusedToo(Goals goals) {
        String old = oldNameOfPackageType();
        Mojo mojo = goals.property(old, "Unlocked").goal("package-create");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(old + " is now " + PropertyNames.PACKAGE_TYPE + " (<packageType>)");
    }
}
