package io.github.ecamaven.eca.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** THROWAWAY placeholder (site branch only): the validate engine provides the real one. */
public final class RuleCatalogue {
    private RuleCatalogue() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        String md = "# Rule catalogue\n\n"
                + "Placeholder catalogue: 2 rules.\n\n"
                + "| id | severity | title |\n|---|---|---|\n"
                + "| [ECA-OAUTH-PKCE](#ECA-OAUTH-PKCE) | error | PKCE required |\n"
                + "| [ECA-SECRET-CONSUMER](#ECA-SECRET-CONSUMER) | error | No consumer secret in source |\n\n"
                + "## ECA-OAUTH-PKCE\n\n**Default severity:** error\n\n**Title:** PKCE required\n\n"
                + "Rationale text.\n\nFailing:\n\n```xml\n<isPkceRequired>false</isPkceRequired>\n```\n\n"
                + "Fixed:\n\n```xml\n<isPkceRequired>true</isPkceRequired>\n```\n\n"
                + "Source: [Salesforce Help](https://help.salesforce.com/)\n\n"
                + "## ECA-SECRET-CONSUMER\n\n**Default severity:** error\n\n**Title:** No consumer secret in source\n\n"
                + "Rationale text.\n";
        Files.writeString(out, md, StandardCharsets.UTF_8);
    }
}
