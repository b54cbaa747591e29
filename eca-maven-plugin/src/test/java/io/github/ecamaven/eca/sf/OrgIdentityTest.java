package io.github.ecamaven.eca.sf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OrgIdentityTest {

    private static OrgIdentity parse(String json) throws Exception {
        return OrgIdentity.from(new ObjectMapper().readTree(json));
    }

    @Test
    void readsTheOrgDisplayResultAndLeavesTheSessionBehind() throws Exception {
        OrgIdentity o = parse("""
                {"id":"00D000000000001EAA","apiVersion":"67.0","accessToken":"00D000000000001!SESSION",
                 "instanceUrl":"https://acme.my.salesforce.com","username":"ops@acme.example","alias":"acme"}""");
        assertThat(o.orgId()).isEqualTo("00D000000000001EAA");
        assertThat(o.username()).isEqualTo("ops@acme.example");
        assertThat(o.instanceUrl()).isEqualTo("https://acme.my.salesforce.com");
        assertThat(o.apiVersion()).isEqualTo("67.0");
        assertThat(o.toString()).doesNotContain("SESSION");
        assertThat(o.describe()).isEqualTo("acme (ops@acme.example, org 00D000000000001EAA)");
    }

    @Test
    void namesAnOrgWithoutAliasByItsUsername() throws Exception {
        assertThat(parse("{\"id\":\"00D000000000001EAA\",\"username\":\"ops@acme.example\"}").describe())
                .isEqualTo("ops@acme.example (org 00D000000000001EAA)");
        assertThat(parse("{\"username\":\"ops@acme.example\"}").describe()).isEqualTo("ops@acme.example");
    }
}
