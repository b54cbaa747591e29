package io.github.ecamaven.eca.orgsync;

import java.nio.file.Path;
import java.util.Set;

/**
 * What to deploy.
 *
 * @param projectDir the sfdx project root (sf's working directory)
 * @param targetOrg alias or username; null for sf's default org
 * @param apps the apps to deploy; empty deploys every ECA of the package directories
 * @param checkOnly {@code sf project deploy validate} instead of {@code start}: nothing is saved in the org
 * @param headerFirst deploy the ExternalClientApplication headers on their own before the satellites, which need
 *     their parent to exist when the app is new in the org
 * @param testLevel sf's {@code --test-level}; null for sf's default
 * @param waitMinutes how long sf waits
 */
public record DeployRequest(Path projectDir, String targetOrg, Set<String> apps, boolean checkOnly,
        boolean headerFirst, String testLevel, int waitMinutes) {}
