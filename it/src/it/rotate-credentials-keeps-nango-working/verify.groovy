import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def logs = basedir.listFiles().findAll { it.name.startsWith('build') && it.name.endsWith('.log') }
    def log = logs.collect { it.text }.join('\n')
    def org = ItCredentials.orgState(basedir)
    def nango = ItCredentials.nangoState(basedir)
    def events = ItCredentials.orgEvents(basedir)
    def nangoPatches = ItCredentials.nangoRequests(basedir).findAll { it.method == 'PATCH' }

    // 1 and 2: two rotations; each time Nango got the staged pair (and was read back) before the promotion
    def app = events.findAll { it.app == 'Nango_Integration' }
    def rotates = app.findAll { it.what.startsWith('rotate ') }
    assert rotates.size() == 2
    rotates.each { r ->
        def stagedId = r.what - 'rotate '
        def patch = nangoPatches.findAll { it.path == '/integrations/salesforce-it' && it.nanos < r.nanos }.last()
        assert patch.body.contains('STAGEDSECRET' + stagedId.substring(3))
        def readBack = ItCredentials.nangoRequests(basedir).find { it.method == 'GET' && it.nanos > patch.nanos && it.nanos < r.nanos }
        assert readBack : "Nango was read back between its update and the promotion of ${stagedId}"
    }
    // the old pair was revoked only in the run that asked for it: the first run deleted nothing
    def whats = app.collect { it.what.replaceAll(/0xM\w+/, 'ID') }
    assert whats == ['read-secret', 'stage ID', 'rotate ID',
                     'delete-staged ID Rotated', 'read-secret', 'stage ID', 'rotate ID', 'delete-staged ID Rotated'] : whats
    assert log.contains("The old pair stays valid for Salesforce's grace period")
    assert log.contains('Revoked the pair an earlier rotation left valid')
    assert log.contains('Revoked the old pair')
    // Nango holds the org's current primary pair; nothing staged remains; no rotation state left
    assert org.Nango_Integration.key.startsWith('3MVG9STAGED')
    assert nango['salesforce-it'].client_id == org.Nango_Integration.key
    assert nango['salesforce-it'].client_secret == org.Nango_Integration.secret
    assert !org.Nango_Integration.stagedId
    assert !new File(basedir, 'target/eca/rotation.json').exists()

    // 3: the failed promotion deleted the staged pair and gave Nango the old pair back
    assert org.Failing_Rotation.key == '3MVG9FAILINGKEY'
    assert !org.Failing_Rotation.stagedId
    assert nango['salesforce-failing'].client_id == '3MVG9FAILINGKEY'
    assert nango['salesforce-failing'].client_secret == 'PLANTEDSECRET2024FAILING'
    assert events.findAll { it.app == 'Failing_Rotation' }.collect { it.what.replaceAll(/0xM\w+/, 'ID') } ==
            ['read-secret', 'stage ID', 'delete-staged ID Active']
    assert log.contains('The rotation of Failing_Rotation failed after step CONFIRMED and was rolled back (staged pair deleted,')
    assert log.contains('HTTP 500 UNKNOWN_EXCEPTION')

    // no secret of any pair in the logs
    def secrets = [org.Nango_Integration.secret, 'PLANTEDSECRET2024', 'STAGEDSECRET', '5d6e7f80-91a2']
    secrets.each { assert !log.contains(it) : "${it} leaked into the build log" }
} finally {
    ItCredentials.stop(basedir)
}
return true
