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
    // the old pair was revoked only in the run that asked for it: the first run deleted nothing; each run first
    // read what the org holds
    def whats = app.collect { it.what.replaceAll(/0xM\w+/, 'ID') }
    assert whats == ['read-secret', 'stage ID', 'rotate ID',
                     'read-secret', 'delete-staged ID Rotated', 'stage ID', 'rotate ID', 'delete-staged ID Rotated'] : whats
    assert log.contains("The old pair stays valid for Salesforce's grace period")
    assert log.contains('Revoked the pair an earlier rotation left valid')
    assert log.contains('Revoked the old pair')
    // Nango holds the org's current primary pair; nothing staged remains; no rotation state left
    assert org.Nango_Integration.key.startsWith('3MVG9STAGED')
    assert nango['salesforce-it'].client_id == org.Nango_Integration.key
    assert nango['salesforce-it'].client_secret == org.Nango_Integration.secret
    assert !org.Nango_Integration.stagedId
    assert !new File(basedir, 'target/eca/rotation.json').exists()

    // 3: the failed promotion (HTTP 500: the org was read again and showed it had not taken effect) gave Nango the
    // old pair back and only then deleted the staged pair
    assert org.Failing_Rotation.key == '3MVG9FAILINGKEY'
    assert !org.Failing_Rotation.stagedId
    assert nango['salesforce-failing'].client_id == '3MVG9FAILINGKEY'
    assert nango['salesforce-failing'].client_secret == 'PLANTEDSECRET2024FAILING'
    assert events.findAll { it.app == 'Failing_Rotation' }.collect { it.what.replaceAll(/0xM\w+/, 'ID') } ==
            ['read-secret', 'stage ID', 'read-secret', 'delete-staged ID Active']
    def failingDelete = events.find { it.app == 'Failing_Rotation' && it.what.startsWith('delete-staged') }
    def restore = ItCredentials.nangoRequests(basedir).findAll { it.method == 'PATCH' && it.path == '/integrations/salesforce-failing' }.last()
    assert restore.nanos < failingDelete.nanos : 'Nango restored before the staged pair was deleted'
    assert log.contains('the rotation of Failing_Rotation failed after step CONFIRMED and was rolled back (staged pair deleted,')
    assert log.contains('HTTP 500 UNKNOWN_EXCEPTION')

    // no secret of any pair in the logs
    def secrets = [org.Nango_Integration.secret, 'PLANTEDSECRET2024', 'STAGEDSECRET', '5d6e7f80-91a2']
    secrets.each { assert !log.contains(it) : "${it} leaked into the build log" }
} finally {
    ItCredentials.stop(basedir)
}
return true
