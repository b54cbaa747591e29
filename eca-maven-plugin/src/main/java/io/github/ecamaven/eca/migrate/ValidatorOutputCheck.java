package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.project.ProjectPaths;
import io.github.ecamaven.eca.project.SfdxProject;
import io.github.ecamaven.eca.model.io.FileTrees;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.validate.EcaValidator;
import io.github.ecamaven.eca.validate.Finding;
import io.github.ecamaven.eca.validate.RuleCatalogue;
import io.github.ecamaven.eca.validate.RuleScope;
import io.github.ecamaven.eca.validate.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema check plus the full {@code eca:validate} rule set on each file the migration would write, so a
 * migration never writes what the validator would reject (a wildcard or template callback, say). Rules about the
 * project as a whole (references, manifests, sfdx-project.json) are left to the real project run, since one file
 * alone cannot satisfy them.
 */
public final class ValidatorOutputCheck implements OutputCheck {

    private final OutputCheck schema = new SchemaOutputCheck();

    @Override
    public List<String> check(MetadataType type, String fullName, MetadataComponent model, ApiVersion apiVersion) {
        List<String> problems = new ArrayList<>(schema.check(type, fullName, model, apiVersion));
        if (!problems.isEmpty()) {
            return problems;
        }
        Path project = null;
        try {
            project = Files.createTempDirectory("eca-migrate-check");
            SfdxProject sfdx = SfdxProject.create(project);
            sfdx.ensurePackageDirectory(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY);
            sfdx.setSourceApiVersion(apiVersion.toString());
            sfdx.write();
            Path file = type.sourcePath(project.resolve(ProjectPaths.DEFAULT_PACKAGE_DIRECTORY), fullName);
            Files.createDirectories(file.getParent());
            Files.write(file, MetadataXml.toBytes(model));
            for (Finding f : EcaValidator.validate(project).findings()) {
                if (f.severity() == Severity.ERROR && RuleCatalogue.rule(f.ruleId()).scope() == RuleScope.FILE) {
                    problems.add("[" + f.ruleId() + "] " + f.message());
                }
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                FileTrees.deleteRecursively(project);
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }

}
