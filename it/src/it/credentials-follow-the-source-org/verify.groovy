import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg
import java.security.MessageDigest

try {
    def log = new File(basedir, 'build.log').text
    def p = new Properties()
    new File(basedir, 'standin.properties').withInputStream { p.load(it) }
    def sourceId = p.getProperty('it-follow-source.orgId')
    def sandboxId = p.getProperty('it-follow-sandbox.orgId')
    def link = p.getProperty('it-follow-source.oauthLink.Nango_Integration')
    def source15 = link.substring(0, 15)
    assert sourceId.startsWith(source15)
    def digest = { String key -> MessageDigest.getInstance('SHA-256').digest(key.getBytes('UTF-8')).encodeHex().toString() }
    def nango = ItCredentials.nangoState(basedir)

    // 1. from the source org: the Packaged app's one consumer, handed over
    assert log.contains("Nango_Integration is Packaged and it-follow-source (it-follow-source@standin.example.com, org ${sourceId}) is its source org (the org whose consumer its <oauthLink> names)")
    assert log.contains("Nango provider salesforce (org ${sourceId} is not a sandbox)")
    def shared = nango['salesforce-follow']
    assert shared.provider == 'salesforce'
    assert digest(shared.client_id) == p.getProperty('it-follow-source.consumerKeyDigest.Nango_Integration')
    assert shared.scopes == 'api,refresh_token'

    // 2. a sandbox: the integration is created with provider salesforce-sandbox, and the log says why
    assert log.contains("Nango provider salesforce-sandbox (org ${sandboxId} is a sandbox)")
    def sandbox = nango['salesforce-follow-sandbox']
    assert sandbox.provider == 'salesforce-sandbox'
    assert digest(sandbox.client_id) == p.getProperty('it-follow-sandbox.consumerKeyDigest.Sandbox_App')
    assert log.contains("Created Nango integration 'salesforce-follow-sandbox'")
    assert log.contains('(provider salesforce-sandbox, client_id')

    // 3. from another org: refused, naming the source org, before any credentials call or Nango write
    def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
    assert failure && failure.contains('(linked-org)')
    assert failure.contains("org ${sandboxId}) is another org: this org uses the source org's consumer; run the goal against ${source15} (the org whose consumer its <oauthLink> names)")
    assert failure.contains('Nango_Integration.eca-meta.xml: Nango_Integration is a Packaged External Client App')
    assert !nango.containsKey('salesforce-follow-linked')
    def usage = ItOrg.requests(basedir, 'it-follow-sandbox').findAll { it.path.endsWith('/apps/oauth/usage') }
    assert usage.size() == 1 : "only the hand-over of Sandbox_App asked the sandbox for its apps; got ${usage.size()}"
    assert nango.keySet() == ['salesforce-follow', 'salesforce-follow-sandbox'] as Set

    // no secret and no Nango key in the log
    assert !log.contains('5d6e7f80-91a2-4c3d-8e4f-5a6b7c8d9e0f')
    nango.values().each { assert !log.contains(it.client_secret) }
} finally {
    ItCredentials.stop(basedir) // stops the orgs too
}
return true
