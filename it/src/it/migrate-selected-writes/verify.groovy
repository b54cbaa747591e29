def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('E3') && log.contains('username-password flow')
assert log.contains('<pkceRequired>false</pkceRequired>') : 'emitPom prints the eca:generate configuration'
assert log.count('<apps>') == 1 : 'one <apps> block'
assert log.contains('Order_Sync: converts into 5 ECA file(s) (report: target/eca/migrate-Order_Sync.md)')
assert !log.contains('## Mapping') : 'the report stays in its file'
def dflt = new File(basedir, 'force-app/main/default')
def files = [
    'externalClientApps/Order_Sync.eca-meta.xml',
    'extlClntAppOauthSettings/Order_Sync_oauth.ecaOauth-meta.xml',
    'extlClntAppGlobalOauthSets/Order_Sync_glbloauth.ecaGlblOauth-meta.xml',
    'extlClntAppOauthPolicies/Order_Sync_oauthPlcy.ecaOauthPlcy-meta.xml',
    'extlClntAppPolicies/Order_Sync_plcy.ecaPlcy-meta.xml']
files.each { assert new File(dflt, it).isFile() : "missing $it" }
def gos = new File(dflt, files[2]).text
assert gos.contains('<isPkceRequired>false</isPkceRequired>')
assert !gos.contains('3MVGitFixtureKeyNotReal') : 'the consumer key is opt-in'
assert gos.contains('https://orders.example.org/oauth/callback\nhttps://orders-test.example.org/oauth/callback')
def op = new File(dflt, files[3]).text
assert op.contains('<ipRelaxationPolicyType>Enforce_relaxrefresh</ipRelaxationPolicyType>')
assert op.contains('<refreshTokenPolicyType>SpecificLifetime</refreshTokenPolicyType>')
assert op.contains('<refreshTokenValidityPeriod>90</refreshTokenValidityPeriod>')
assert op.contains('<refreshTokenValidityUnit>Days</refreshTokenValidityUnit>')
assert op.contains('<commaSeparatedPermissionSet>Order_Sync_Access</commaSeparatedPermissionSet>')
assert op.contains('<permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>')
assert new File(dflt, files[1]).text.contains('<commaSeparatedOauthScopes>Api, RefreshToken, SFApiPlatform</commaSeparatedOauthScopes>')
assert new File(dflt, 'connectedApps/Order_Sync.connectedApp-meta.xml').isFile() : 'source stays without removeSource'
def manifest = new File(basedir, 'manifest/package.xml').text
assert manifest.contains('<name>ExternalClientApplication</name>') && manifest.contains('<members>Order_Sync_oauthPlcy</members>')
def report = new File(basedir, 'target/eca/migrate-Order_Sync.md').text
assert report.contains('| oauthPolicy.refreshTokenPolicy |') && report.contains('.forceignore')
assert !new File(basedir, 'target/eca/migrate-Billing_Bridge.md').exists() : 'only the selected app is read'

// the real sf CLI must accept the converted tree (where the pinned sf is installed; it/sf/install-sf.sh needs npm)
if (!new File(sfExecutable.toString()).canExecute()) {
    println "migrate-selected-writes: sf part skipped: no sf CLI at ${sfExecutable} (npm missing, or -Dsf.install.skip)"
} else {
    def home = new File(basedir, 'sf-home') // this IT's own HOME, as for its forked build
    home.mkdirs()
    def out = new File(basedir, 'target/mdapi')
    // the Connected App itself cannot be created any more: keep the packaged one out, as the report advises
    new File(basedir, '.forceignore').text = '**/connectedApps/Billing_Bridge.connectedApp-meta.xml\n'
    def cmd = [sfExecutable.toString(), 'project', 'convert', 'source', '--root-dir', 'force-app',
               '--output-dir', out.path, '--json']
    def env = System.getenv().findAll { k, v -> k != 'HOME' }.collect { k, v -> "$k=$v" }
    env += ['SF_DISABLE_AUTOUPDATE=true', 'SF_AUTOUPDATE_DISABLE=true', 'SF_DISABLE_TELEMETRY=true', 'FORCE_COLOR=0',
            "HOME=${home.absolutePath}"]
    def proc = cmd.execute(env, basedir)
    def stdout = new StringBuilder(), stderr = new StringBuilder()
    proc.consumeProcessOutput(stdout, stderr)
    assert proc.waitFor(300, java.util.concurrent.TimeUnit.SECONDS) : 'sf did not finish in 300 s'
    new File(basedir, 'sf-convert.log').text = "exit ${proc.exitValue()}\n${stdout}\n${stderr}"
    assert proc.exitValue() == 0 : "sf project convert source failed: ${stdout} ${stderr}"
    def pkg = new File(out, 'package.xml').text
    ['ExternalClientApplication', 'ExtlClntAppOauthSettings', 'ExtlClntAppGlobalOauthSettings',
     'ExtlClntAppOauthConfigurablePolicies', 'ExtlClntAppConfigurablePolicies'].each {
        assert pkg.contains("<name>${it}</name>") : "sf did not take the ${it} file"
    }
    assert new File(out, 'externalClientApps/Order_Sync.eca').isFile()
}
return true
