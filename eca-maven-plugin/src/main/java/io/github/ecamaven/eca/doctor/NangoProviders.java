package io.github.ecamaven.eca.doctor;

/** Nango's Salesforce providers for an org: production (and developer) orgs, and sandboxes. */
final class NangoProviders {

    static final String PRODUCTION = "salesforce";
    static final String SANDBOX = "salesforce-sandbox";

    private NangoProviders() {}
}
