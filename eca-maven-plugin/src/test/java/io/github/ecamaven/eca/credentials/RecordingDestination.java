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
    public boolean exists() {
        return key != null;
    }

    @Override
    public String deliver(AppCredentials c) throws CredentialsException {
        events.add("deliver " + c.key() + " while org primary " + org.key);
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
        if (failOn.equals("confirm") || !c.key().equals(key)) {
            throw new CredentialsException("injected confirm failure", true);
        }
    }

    @Override
    public void remove() {
        events.add("remove");
        key = null;
        secret = null;
    }
}
