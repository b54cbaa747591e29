package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.credentials.OrgCredentialsApi.AppCredentials;
import java.util.ArrayList;
import java.util.List;

/** Holds one pair in memory, records what happened, and can fail a chosen operation. */
final class RecordingDestination implements Destination {

    final List<String> events = new ArrayList<>();
    final FakeOrg org;
    String key;
    String secret;
    String failOn = "";
    int deliveries;
    /** The delivery (1, 2, …) from which every delivery fails. */
    int failFromDelivery = Integer.MAX_VALUE;

    RecordingDestination(FakeOrg org) {
        this.org = org;
    }

    @Override
    public String describe() {
        return "test destination";
    }

    @Override
    public boolean needsSecret() {
        return true;
    }

    @Override
    public String deliver(AppCredentials c) throws CredentialsException {
        events.add("deliver " + c.key() + " while org primary " + org.key + (org.stagedId == null ? ""
                : " and staged " + org.stagedKey + " " + org.stagedState));
        if (++deliveries >= failFromDelivery) {
            throw new CredentialsException("injected deliver failure (destination down)", true);
        }
        if (failOn.equals("deliver")) {
            failOn = ""; // once: the rollback's restore must work
            throw new CredentialsException("injected deliver failure", true);
        }
        key = c.key();
        secret = c.secret().reveal();
        return "delivered " + c.key();
    }

    @Override
    public void confirm(AppCredentials c) throws CredentialsException {
        events.add("confirm " + c.key());
        if (failOn.equals("confirm")) {
            failOn = "";
            key = "3MVG9.SOMEONE.ELSE"; // another process wrote it meanwhile
            secret = "SOMEONE-ELSE-SECRET";
            throw new CredentialsException("injected confirm failure", true);
        }
        if (!c.key().equals(key)) {
            throw new CredentialsException("does not hold the pair just written", true);
        }
    }

    @Override
    public AppCredentials held() {
        return key == null ? null : new AppCredentials(key, io.github.ecamaven.eca.sf.Secret.of(secret));
    }

    @Override
    public void remove() {
        events.add("remove");
        key = null;
        secret = null;
    }
}
