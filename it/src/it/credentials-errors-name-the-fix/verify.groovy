import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
    def failure = { String module ->
        def line = failures.find { it.contains("on project ${module}:") }
        assert line : "no failure of ${module} in build.log"
        return line
    }
    assert failures.size() == 8 : "every module fails; got ${failures.size()}"
    def settingOff = failure('setting-off')
    assert settingOff.contains("the org 'it-creds-errors' refused to read the credentials of Blocked_Setting (HTTP 403 FUNCTIONALITY_NOT_ENABLED")
    assert settingOff.contains('Allow access to External Client App consumer secrets via REST API')
    assert settingOff.contains('enableClientSecretInRestApiAccess')
    def permission = failure('missing-permission')
    assert permission.contains('HTTP 403 INSUFFICIENT_ACCESS')
    assert permission.contains('External Client App Developer (ExternalClientAppDeveloper) and View Client Secret (ViewClientSecret)')
    def notFound = failure('app-not-found')
    assert notFound.contains("has no External Client App 'Not_Deployed' in /apps/oauth/usage; it lists Blocked_Permission, Blocked_Setting, Nango_Integration, Packaged_App")
    def packaged = failure('packaged-app')
    assert packaged.contains('Packaged_App is a Packaged External Client App')
    assert packaged.contains('Packaged_App.eca-meta.xml')
    def wrongKey = failure('nango-wrong-key')
    assert wrongKey.contains('refused the API key from the environment variable WRONG_NANGO_KEY (HTTP 401 unknown_account')
    def scope = failure('nango-missing-scope')
    assert scope.contains("may not read integration 'salesforce-it' (HTTP 403 forbidden: Insufficient scope. Required one of: environment:integrations:read or environment:integrations:read_credentials)")
    def silent = failure('nango-no-credentials')
    assert silent.contains("without its credentials")
    assert silent.contains('environment:integrations:read_credentials')
    def unreachable = failure('nango-unreachable')
    assert unreachable.contains('cannot reach Nango at http://127.0.0.1:9')
    // Nango problems are found before the org is asked for any secret, a Packaged app before any call
    def secretReads = ItCredentials.orgEvents(basedir).findAll { it.what == 'read-secret' }
    assert secretReads.isEmpty() : "no secret was handed out: the blocked apps were refused; got ${secretReads}"
    // nothing changed in Nango, and no secret or key in the log
    def held = ItCredentials.nangoState(basedir)['salesforce-it']
    assert held.client_secret == 'PLANTEDSECRET0815ERRORS'
    assert !new File(basedir, 'target/eca/credentials').exists()
    ['PLANTEDSECRET0815', '2a7d1c0e-5b3f', '9e8d7c6b-5a4f', '3b4c5d6e-7f80', '4c5d6e7f-8091'].each {
        assert !log.contains(it) : "${it} leaked into build.log"
    }
} finally {
    ItCredentials.stop(basedir)
}
return true
