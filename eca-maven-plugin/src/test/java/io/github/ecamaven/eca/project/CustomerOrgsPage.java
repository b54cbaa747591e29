package io.github.ecamaven.eca.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the site's "Connect your customers' orgs" page: the template
 * {@code src/site-templates/usage-customer-orgs.md.vm} with its table of org formations rendered from
 * {@link OrgFormation}, so the page shows what each formation sends as the code does it and never retypes it. The
 * build runs it in {@code process-test-classes} into {@code target/generated-site/markdown/}, where the site picks it
 * up like the CI page.
 *
 * <p>The line {@value #MARKER} in the template becomes the table; a template without it is refused.
 */
public final class CustomerOrgsPage {

    static final String MARKER = "<!-- formations -->";

    private CustomerOrgsPage() {}

    /** {@code args[0]}: the template; {@code args[1]}: the page to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CustomerOrgsPage <template.md.vm> <out.md.vm>");
        }
        String page = render(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, page, StandardCharsets.UTF_8);
    }

    /** The template with its marker line replaced by the formations table. */
    static String render(String template) {
        if (!template.contains(MARKER + "\n")) {
            throw new IllegalArgumentException("the template has no line " + MARKER + " for the formations table");
        }
        return template.replace(MARKER + "\n", table());
    }

    /** One row per formation: what the org gets, its consumer key, its Nango integration, and the summary. */
    static String table() {
        StringBuilder b = new StringBuilder("| Formation | Global OAuth settings | `oauthLink` | Consumer key |"
                + " Nango integration | Policies when you do not say | What the org gets |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (OrgFormation f : OrgFormation.values()) {
            b.append("| `").append(f.value()).append("` | ")
                    .append(f.sendsGlobalSettings() ? "sent" : "not sent").append(" | ")
                    .append(switch (f.link()) {
                        case AS_IS -> "as the project has it";
                        case REQUIRED -> "required: names the source org's consumer";
                        case STRIPPED -> "left out (with `orgScopedExternalApp`)";
                    }).append(" | ")
                    .append(switch (f) {
                        case SOURCE -> "the app's own: the one the linked orgs share";
                        case LINKED -> "the source org's";
                        case INDEPENDENT -> "a new one of its own";
                    }).append(" | ")
                    .append(switch (f) {
                        case SOURCE -> "the one integration";
                        case LINKED -> "the same one integration";
                        case INDEPENDENT -> "one more, for this org alone";
                    }).append(" | ")
                    .append(f.sendsPoliciesByDefault() ? "the project's" : "none: the org's admin sets them")
                    .append(" | ").append(f.summary()).append(" |\n");
        }
        return b.toString();
    }
}
