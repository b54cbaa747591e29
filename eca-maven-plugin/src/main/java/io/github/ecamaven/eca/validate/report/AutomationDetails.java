package io.github.ecamaven.eca.validate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * SARIF {@code run.automationDetails}: which analysis run the results belong to.
 * <ul>
 * <li>In Azure Pipelines ({@code TF_BUILD=True}) the shape GitHub Advanced Security for Azure DevOps requires: an id
 * under {@code azuredevops/pipeline/build/} and the pipeline's definition and phase as properties, taken from the
 * agent's predefined variables (the same ones the SARIF Multitool reads).</li>
 * <li>Elsewhere {@code eca-validate/<project path>/}: GitHub code scanning takes the id up to its last slash as the
 * alert category, so two sfdx projects of one repository keep their alerts apart.</li>
 * </ul>
 */
final class AutomationDetails {

    private static final String ADO = "azuredevops/pipeline/build/";

    private AutomationDetails() {}

    static void write(JsonGenerator g, ReportInput in) throws IOException {
        g.writeObjectFieldStart("automationDetails");
        Map<String, String> env = in.environment();
        String definitionId = first(env, "SYSTEM_DEFINITIONID", "BUILD_DEFINITIONID");
        String definitionName = env.get("BUILD_DEFINITIONNAME");
        String phaseId = first(env, "SYSTEM_PHASEID", "SYSTEM_JOBID");
        String phaseName = first(env, "SYSTEM_PHASENAME", "SYSTEM_JOBNAME");
        if (!"true".equalsIgnoreCase(env.get("TF_BUILD")) || definitionId == null || definitionName == null
                || phaseId == null || phaseName == null) {
            g.writeStringField("id", "eca-validate/" + in.projectPrefix());
            g.writeEndObject();
            return;
        }
        g.writeStringField("id", ADO + organization(env.getOrDefault("SYSTEM_COLLECTIONURI", "")) + "/"
                + env.getOrDefault("SYSTEM_TEAMPROJECTID", "") + "/" + definitionId + "/" + phaseId + "/"
                + env.getOrDefault("BUILD_SOURCEBRANCH", "") + "/" + env.getOrDefault("BUILD_BUILDID", ""));
        g.writeObjectFieldStart("properties");
        g.writeStringField(ADO + "buildDefinitionId", definitionId);
        g.writeStringField(ADO + "buildDefinitionName", definitionName);
        g.writeStringField(ADO + "phaseId", phaseId);
        g.writeStringField(ADO + "phaseName", phaseName);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code https://dev.azure.com/ORG/} or {@code https://ORG.visualstudio.com/} to ORG. */
    static String organization(String collectionUri) {
        String u = collectionUri.replaceFirst("^https?://", "").replaceAll("/+$", "");
        if (u.startsWith("dev.azure.com/")) {
            return u.substring("dev.azure.com/".length());
        }
        int dot = u.indexOf('.');
        return dot > 0 ? u.substring(0, dot) : u;
    }

    private static String first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
