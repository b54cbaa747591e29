import groovy.json.JsonSlurper
import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    // the first invocation (its fine execution has failOn=error) passes: every check passed or could not tell
    assert log.contains('BUILD SUCCESS')
    def report = { String scenario ->
        new JsonSlurper().parse(new File(basedir, "target/doctor/${scenario}/doctor.json"))
    }
    def status = { json -> json.checks.collectEntries { [(it.id): it.status] } }

    // 1. everything fine: every check passes, also timing.propagation (the app changed two hours ago)
    def fine = report('fine')
    assert fine.checks.size() == 12
    assert fine.checks.every { it.status == 'ok' } : fine.checks.findAll { it.status != 'ok' }
    assert fine.error == null
    assert fine.summary.failed == 0

    // 2. a user of the customer sandbox connects with the source org's Local app through the production provider
    def sandbox = report('sandbox-cross-org')
    assert sandbox.error.families*.id == ['CROSS_ORG']
    assert sandbox.checks[0].id == 'org.local-same-org' : 'the checks of the first cause come first'
    assert status(sandbox)['org.local-same-org'] == 'failed'
    assert status(sandbox)['org.app-present'] == 'failed'
    assert status(sandbox)['nango.provider-fits-org'] == 'failed'
    assert sandbox.checks.find { it.id == 'nango.provider-fits-org' }.fix.contains('salesforce-sandbox')
    assert sandbox.checks.find { it.id == 'org.local-same-org' }.faq == 'faq.html#cross-org-oauth'
    assert status(sandbox)['org.link-to-source'] == 'unknown' : 'the sandbox has no OAuth settings of the app'

    // 3. Nango holds another org's key, asks for a scope the app lacks, and sends a self-hosted Nango's callback ...
    def nango = report('nango-of-another-org')
    assert nango.error.code == 'invalid_client_id'
    assert nango.error.families*.id == ['INVALID_CLIENT_ID']
    assert status(nango)['nango.client-id-matches'] == 'failed'
    assert status(nango)['nango.scopes-granted'] == 'failed'
    assert nango.checks.find { it.id == 'nango.scopes-granted' }.detail.contains('openid')
    assert status(nango)['nango.callback-registered'] == 'failed'
    def nangoUrl = new File(basedir, '.mvn/maven.config').text.trim() - '-Deca.nangoUrl='
    assert nango.checks.find { it.id == 'nango.callback-registered' }.detail.contains("${nangoUrl}/oauth/callback")
    assert status(nango)['org.settings-match'] == 'ok'

    // ... for an app with PKCE off while Nango sends a challenge
    assert status(nango)['nango.pkce-consistent'] == 'failed'

    // 4. a consumer created two minutes ago: the client id is invalid until Salesforce has distributed it
    def fresh = report('fresh-consumer')
    assert fresh.error.families*.id == ['INVALID_CLIENT_ID']
    def propagation = fresh.checks.find { it.id == 'timing.propagation' }
    assert propagation.status == 'failed' : propagation
    assert propagation.fix.startsWith('Wait until ') && propagation.fix.contains('then connect again') : propagation.fix
    assert status(fresh)['nango.client-id-matches'] == 'ok' : 'Nango holds the fresh consumer\'s own key'
    assert fresh.summary.failed == 1 : fresh.checks.findAll { it.status == 'failed' }

    // 5. the second invocation: the same sandbox with failOn=error writes its report and fails the build
    def strict = report('sandbox-fails-the-build')
    assert strict.summary.failed == 3
    assert log.contains('BUILD FAILURE')
    assert log.contains('3 check(s) failed: org.app-present, org.local-same-org, nango.provider-fits-org')
    assert log.contains('-Deca.doctor.failOn=never to report without failing')

    // read-only: only GETs reach the orgs' REST API and Nango, the Metadata API only retrieves
    def orgRequests = ItOrg.requests(basedir)
    def rest = orgRequests.findAll { it.path.startsWith('/services/data/') && !it.soapAction }
    assert rest && rest.every { it.method == 'GET' } : rest.findAll { it.method != 'GET' }
    def soap = orgRequests.findAll { it.soapAction }*.soapAction.unique()
    assert soap.every { it in ['retrieve', 'checkRetrieveStatus'] } : soap
    assert ItCredentials.nangoRequests(basedir).every { it.method == 'GET' }
    // no file of the project changed
    def original = new File(basedir, "../../../src/it/${basedir.name}/force-app")
    original.eachFileRecurse { f ->
        if (f.isFile()) {
            def copy = new File(basedir, 'force-app/' + original.toPath().relativize(f.toPath()).toString())
            assert copy.text == f.text : "${copy} changed"
        }
    }
    assert !new File(basedir, 'target/eca').listFiles()?.any { it.name.startsWith('doctor-org-') }
    // no secret, no consumer key, no Nango key in the log or the reports
    def held = ItCredentials.orgState(basedir, 'it-doctor-source')
    def planted = [held.Nango_Integration.key, held.Nango_Integration.secret, held.Nango_NoPkce.key,
                   held.Nango_NoPkce.secret, held.Nango_Fresh.key, held.Nango_Fresh.secret, '3MVG9OTHERORGKEYDOCTORIT', 'OTHERORGSECRETDOCTORIT',
                   '6b1d2e8f-3c4a-4f5e-9a7b-0c1d2e3f4a5b']
    def written = [log] + new File(basedir, 'target/doctor').listFiles().collectMany { d -> d.listFiles()*.text }
    planted.each { p -> written.each { w -> assert !w.contains(p) } }
} finally {
    ItCredentials.stop(basedir)
    ItOrg.stop(basedir)
}
return true
