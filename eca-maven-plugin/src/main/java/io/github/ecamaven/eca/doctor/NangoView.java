package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.credentials.NangoClient;
import java.util.Optional;

/** What doctor reads of Nango: one integration, with GET only. */
@FunctionalInterface
public interface NangoView {

    /** The integration with its credentials when the key may read them; empty when it does not exist. */
    Optional<NangoClient.Integration> integration(String uniqueKey) throws Exception;

    /** Over {@link NangoClient}: its {@link NangoClient#get} and nothing else. */
    static NangoView of(NangoClient client) {
        return client::get;
    }
}
