package io.github.ecamaven.eca.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ecamaven.eca.config.PropertyNames;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A property of an earlier release is refused naming its new name, not ignored (the goal would take the default). */
class RenamedPropertyTest {

    @Test
    void theOldPackageTypePropertyIsRefusedNamingTheNewOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        String old = PropertyNames.RENAMED.entrySet().stream()
                .filter(e -> e.getValue().equals(PropertyNames.PACKAGE_TYPE)).findFirst().orElseThrow().getKey();
        project.getProperties().setProperty(old, "Unlocked");
        PackageCreateMojo mojo = new PackageCreateMojo();
        Mojos.set(mojo, "project", project);
        Mojos.set(mojo, "projectDirectory", dir.toFile());
        Mojos.set(mojo, "packageType", "Managed");
        Mojos.set(mojo, "noNamespace", "false");
        Mojos.set(mojo, "orgDependent", "false");
        Mojos.set(mojo, "skipPackageCreate", "false");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(old + " is now " + PropertyNames.PACKAGE_TYPE + " (<packageType>)");
    }
}
