package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.config.PropertyNames;
import io.github.ecamaven.eca.validate.rules.*;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import io.github.ecamaven.eca.text.DidYouMean;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every rule, in catalogue order, and the Markdown catalogue the site publishes (generated from the rule classes,
 * so it cannot drift from them).
 */
public final class RuleCatalogue {

    private static final List<Rule> RULES = List.of(
            new MalformedXmlRule(), new RootElementRule(), new UnknownElementRule(), new EnumValueRule(),
            new ValueTypeRule(), new RequiredElementRule(), new ApiVersionElementRule(), new WrongTypeElementRule(),
            new DuplicateElementRule(), new ContactEmailRule(),
            new MisspeltSuffixRule(), new MisspeltFolderRule(),
            new ApiNameRule(), new FullNameRule(), new AppReferenceRule(), new OrphanPolicyRule(),
            new DuplicateComponentRule(),
            new CallbackSchemeRule(), new CallbackSyntaxRule(), new CallbackLengthRule(), new ExpectedCallbackRule(),
            new ScopeTokenRule(), new RequiredScopesRule(), new FullScopeRule(), new PkceRule(),
            new SecretRequiredRule(), new ClientCredentialsUserRule(), new SelfAuthorizedClientCredentialsRule(),
            new RefreshPeriodUnitRule(), new IpRelaxationRule(), new CliAppNamedUserJwtRule(),
            new CertificateRule(),
            new ConsumerSecretRule(), new PrivateKeyRule(), new GlobalOauthInPackageRule(), new OrgSpecificIdsRule(),
            new ClientSecretRestAccessRule(),
            new RefreshTokenLifetimeRule(), new RefreshTokenRotationRule(), new PackagedPkceRule(),
            new StrictJsonRule(), new DefaultPackageDirRule(), new PackageDirPathRule(), new LinkOutsideProjectRule(),
            new LeftoverTempFileRule(), new MigratedConnectedAppRule(),
            new PackageAliasRule(),             new AliasIdRule(), new NamespaceRule(), new VersionNumberRule(), new PackagedAppNamespaceRule(),
            new ApiVersionForTypesRule(), new MissingProjectFileRule(), new ManifestCompletenessRule(),
            new ManifestTypeNameRule());

    private RuleCatalogue() {}

    /** All rules (stateless, shared). */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The rule with {@code id}, or null. */
    public static Rule rule(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** A rule id's prefix and number, however the number is padded: {@code ECA-XML-03} is {@code ECA-XML-003}. */
    private static final Pattern ID_SHAPE = Pattern.compile("(?i)\\s*(ECA-[A-Z]+)-0*(\\d{1,6})\\s*");

    /**
     * The id of the catalogue a misspelt one means: the same prefix and number written with other zeros or letter
     * case ({@code ECA-XML-03}, {@code eca-xml-3}), else the closest by {@link DidYouMean}; null when none is close.
     */
    public static String closestId(String id) {
        Matcher m = id == null ? null : ID_SHAPE.matcher(id);
        if (m != null && m.matches()) {
            for (Rule r : RULES) {
                Matcher c = ID_SHAPE.matcher(r.id());
                if (c.matches() && c.group(1).equalsIgnoreCase(m.group(1))
                        && Integer.parseInt(c.group(2)) == Integer.parseInt(m.group(2))) {
                    return r.id();
                }
            }
        }
        return DidYouMean.closest(id, RULES.stream().map(Rule::id).toList());
    }

    /** Prose for the site's Markdown: element names such as {@code <callbackUrl>} must not be read as HTML. */
    static String text(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The catalogue as Markdown: one table per category, then per rule a section headed by its id (Doxia anchors it
     * with the id itself) with the title, rationale, default severity, source, and its example as a failing and a
     * fixed file in fenced code blocks.
     */
    public static String markdown() {
        StringBuilder sb = new StringBuilder("# eca:validate rules\n\n");
        sb.append(RULES.size()).append(" rules. Change a severity or turn a rule off with")
                .append(" `-D").append(PropertyNames.VALIDATE_RULES).append("=ID=off,ID=warning`.\n");
        for (Category c : Category.values()) {
            List<Rule> rs = RULES.stream().filter(r -> r.category() == c).toList();
            if (rs.isEmpty()) {
                continue;
            }
            sb.append("\n## ").append(c.title()).append(" (").append(rs.size()).append(")\n\n");
            sb.append("| Id | Severity | Title |\n|---|---|---|\n");
            for (Rule r : rs) {
                sb.append("| [").append(r.id()).append("](#").append(r.id()).append(") | ")
                        .append(r.defaultSeverity().name().toLowerCase()).append(" | ")
                        .append(text(r.title()).replace("|", "\\|")).append(" |\n");
            }
            for (Rule r : rs) {
                sb.append("\n### ").append(r.id()).append("\n\n").append(text(r.title())).append(". ")
                        .append(text(r.rationale())).append("\n\nDefault severity: ")
                        .append(r.defaultSeverity().name().toLowerCase()).append(". Kind: ").append(r.kind().tag())
                        .append(". Source: ");
                sb.append(r.sourceUri() != null ? "<" + r.sourceUri() + ">" : text(r.source())).append("\n");
                example(sb, r.example());
            }
        }
        return sb.toString();
    }

    private static void example(StringBuilder sb, RuleExample ex) {
        if (ex.note() != null) {
            sb.append("\n").append(text(ex.note())).append("\n");
        }
        if (!ex.profile().equals(Profile.DEFAULT)) {
            sb.append("\nWith the `").append(ex.profile().name()).append("` profile (`-D")
                    .append(PropertyNames.VALIDATE_PROFILE).append("=")
                    .append(ex.profile().name()).append("`).\n");
        }
        if (!ex.companions().isEmpty()) {
            sb.append("\nChecked in a project that also has ")
                    .append(ex.companions().keySet().stream().map(f -> "`" + f + "`")
                            .collect(Collectors.joining(", ")))
                    .append(".\n");
        }
        block(sb, "Fails", ex.failingFile(), ex.failing(), "missing");
        block(sb, "Fixed", ex.fixedFile(), ex.fixed(), "deleted");
    }

    private static void block(StringBuilder sb, String label, String file, String content, String absent) {
        sb.append("\n").append(label).append(": `").append(file).append("`");
        if (content == null) {
            sb.append(" ").append(absent).append(".\n");
            return;
        }
        if (RuleExample.linkTarget(content) != null) {
            sb.append(" is a symbolic link to `").append(RuleExample.linkTarget(content)).append("`.\n");
            return;
        }
        String fence = content.contains("```") ? "~~~~" : "```";
        sb.append("\n\n").append(fence).append(RuleExample.language(file)).append("\n").append(content);
        if (!content.endsWith("\n")) {
            sb.append("\n");
        }
        sb.append(fence).append("\n");
    }

    /** Writes the Markdown catalogue to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleCatalogue <output.md>");
        }
        Path out = Paths.get(args[0]);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, markdown(), StandardCharsets.UTF_8);
    }
}
