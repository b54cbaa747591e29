package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.failure.Blame;
import io.github.ecamaven.eca.failure.EcaException;

/**
 * The org refused or lacks what the repository declares: a failed retrieve, components missing in the org, deploy
 * component failures, drift with failOnDrift. The user's content or org is wrong, not the environment.
 */
public class OrgSyncException extends EcaException {

    private static final long serialVersionUID = 1L;

    public OrgSyncException(String message) {
        super(message, null);
    }

    @Override
    public Blame blame() {
        return Blame.CONTENT;
    }
}
