import io.github.ecamaven.eca.it.standin.ItCredentials
import java.nio.file.Files

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')
    // the goal names the app and the org it reads from
    assert log.contains('Reading the credentials of Nango_Integration in it-creds-handover')
    def nangoUrl = new File(basedir, '.mvn/maven.config').text.trim() - '-Deca.nangoUrl='
    // 1. first hand-over creates the integration
    assert log.contains("Created Nango integration 'salesforce-it' at ${nangoUrl} (provider salesforce, client_id 3MVG9HANDOVERKEY, scopes api,refresh_token)")
    // 2. the rerun changes nothing
    assert log.contains("Nango integration 'salesforce-it' at ${nangoUrl} is up to date (client_id 3MVG9HANDOVERKEY, scopes api,refresh_token); nothing changed")
    // 3. changed scopes update it and say which
    assert log.contains("Updated Nango integration 'salesforce-it' at ${nangoUrl}: scopes (were api,refresh_token) changed (client_id 3MVG9HANDOVERKEY, scopes api,refresh_token,offline_access)")
    def held = ItCredentials.nangoState(basedir)['salesforce-it']
    assert held.provider == 'salesforce'
    assert held.client_id == '3MVG9HANDOVERKEY'
    assert held.client_secret == 'PLANTEDSECRET4711HANDOVER'
    assert held.scopes == 'api,refresh_token,offline_access'
    def writes = ItCredentials.nangoRequests(basedir).findAll { it.method != 'GET' }
    assert writes.collect { it.method } == ['POST', 'PATCH'] : "one create and one update; got ${writes}"
    // 4. env-file: owner-only, key and secret
    def envFile = new File(basedir, 'target/eca/credentials/Nango_Integration.env')
    def env = envFile.toPath()
    assert Files.getPosixFilePermissions(env).collect { it.toString() }.sort() == ['OWNER_READ', 'OWNER_WRITE']
    assert envFile.text.contains('SALESFORCE_CLIENT_ID=3MVG9HANDOVERKEY\n')
    assert envFile.text.contains('SALESFORCE_CLIENT_SECRET=PLANTEDSECRET4711HANDOVER\n')
    assert log.contains("Wrote the consumer key and secret of Nango_Integration to ${env} (owner-only permissions)")
    // the secret and the Nango key appear nowhere else: not in build.log, not in any other file of the IT
    ['PLANTEDSECRET4711HANDOVER', '1f0c3a52-7d2e-4b8a-9c61-5e4f3a2b1c0d'].each { planted ->
        assert !log.contains(planted)
        basedir.eachFileRecurse { f ->
            if (f.isFile() && f.toPath() != env && !f.path.contains("${File.separator}sf-home${File.separator}")
                    && f.name != 'invoker.properties' && f.name != 'setup.groovy' && f.name != 'verify.groovy') {
                assert !f.text.contains(planted) : "${planted} leaked into ${f}"
            }
        }
    }
    // every org call went through sf with the API version raised to 65.0 at least (project: 66.0)
    def orgCalls = io.github.ecamaven.eca.it.standin.ItOrg.requests(basedir).findAll { it.path.contains('/apps/oauth/') }
    assert orgCalls && orgCalls.every { it.path.startsWith('/services/data/v66.0/apps/oauth/') }
    assert orgCalls.findAll { it.query.contains('part=') }.collect { it.query } ==
            ['part=keyandsecret', 'part=keyandsecret', 'part=keyandsecret', 'part=keyandsecret']
} finally {
    ItCredentials.stop(basedir)
}
return true
