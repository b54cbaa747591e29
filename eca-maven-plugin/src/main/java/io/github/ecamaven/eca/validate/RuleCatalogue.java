package io.github.ecamaven.eca.validate;

import io.github.ecamaven.eca.validate.rules.*;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Every rule, in catalogue order, and the Markdown catalogue the site publishes (generated from the rule classes,
 * so it cannot drift from them).
 */
public final class RuleCatalogue {

    private static final List<Rule> RULES = List.of(
            new MalformedXmlRule(), new RootElementRule(), new UnknownElementRule(), new EnumValueRule(),
            new ValueTypeRule(), new RequiredElementRule(), new ApiVersionElementRule(), new WrongTypeElementRule(),
            new MisspeltSuffixRule(), new MisspeltFolderRule(),
            new ApiNameRule(), new FullNameRule(), new AppReferenceRule(), new OrphanPolicyRule(),
            new DuplicateComponentRule(),
            new CallbackSchemeRule(), new CallbackSyntaxRule(), new CallbackLengthRule(), new ExpectedCallbackRule(),
            new ScopeTokenRule(), new RequiredScopesRule(), new FullScopeRule(), new PkceRule(),
            new SecretRequiredRule(), new ClientCredentialsUserRule(), new SelfAuthorizedClientCredentialsRule(),
            new RefreshPeriodUnitRule(), new IpRelaxationRule(), new CliAppNamedUserJwtRule(),
            new ConsumerSecretRule(), new GlobalOauthInPackageRule(), new OrgSpecificIdsRule(),
            new RefreshTokenLifetimeRule(), new RefreshTokenRotationRule(), new PackagedPkceRule(),
            new StrictJsonRule(), new DefaultPackageDirRule(), new PackageDirPathRule(), new PackageAliasRule(),
            new AliasIdRule(), new NamespaceRule(), new VersionNumberRule(), new PackagedAppNamespaceRule(),
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

    /** The catalogue as Markdown: one table per category, then each rule's rationale and source. */
    /** Prose for the site's Markdown: element names such as {@code <callbackUrl>} must not be read as HTML. */
    static String text(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder("# eca:validate rules\n\n");
        sb.append(RULES.size()).append(" rules. Change a severity or turn a rule off with")
                .append(" `-Deca.validate.rules=ID=off,ID=warning`.\n");
        for (Category c : Category.values()) {
            List<Rule> rs = RULES.stream().filter(r -> r.category() == c).toList();
            if (rs.isEmpty()) {
                continue;
            }
            sb.append("\n## ").append(c.title()).append(" (").append(rs.size()).append(")\n\n");
            sb.append("| Id | Severity | Title |\n|---|---|---|\n");
            for (Rule r : rs) {
                sb.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase()).append(") | ")
                        .append(r.defaultSeverity().name().toLowerCase()).append(" | ")
                        .append(text(r.title()).replace("|", "\\|")).append(" |\n");
            }
            for (Rule r : rs) {
                sb.append("\n### ").append(r.id()).append("\n\n").append(text(r.title())).append(". ")
                        .append(text(r.rationale())).append("\n\nDefault severity: ")
                        .append(r.defaultSeverity().name().toLowerCase()).append(". Source: ");
                sb.append(r.helpUri() != null ? "<" + r.helpUri() + ">" : r.source()).append("\n");
            }
        }
        return sb.toString();
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
