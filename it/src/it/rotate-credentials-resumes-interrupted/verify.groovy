import io.github.ecamaven.eca.it.standin.ItCredentials

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')
    assert log.contains('Resuming the rotation of Nango_Integration recorded in')
    assert log.contains('(last step done: STAGED, staged credential 0xM')
    def org = ItCredentials.orgState(basedir).Nango_Integration
    def nango = ItCredentials.nangoState(basedir)['salesforce-it']
    assert org.key == '3MVG9RESUMENEWKEY'
    assert org.stagedState == 'Rotated' && org.stagedKey == '3MVG9RESUMEOLDKEY'
    assert nango.client_id == '3MVG9RESUMENEWKEY' && nango.client_secret == 'PLANTEDSECRET1999NEW'
    def whats = ItCredentials.orgEvents(basedir).collect { it.what.replaceAll(/0xM\w+/, 'ID') }
    // read first (what the org holds decides the step), then promoted: nothing staged again
    assert whats == ['read-secret', 'rotate ID'] : "resumed: nothing staged again; got ${whats}"
    assert !new File(basedir, 'target/eca/rotation.json').exists()
    assert !log.contains('PLANTEDSECRET1999') && !log.contains('6e7f8091-a2b3')
} finally {
    ItCredentials.stop(basedir)
}
return true
