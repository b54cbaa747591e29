def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'force-app/main/default/extlClntAppPolicies/Order_Sync_plcy.ecaPlcy-meta.xml').isFile()

// the real sf CLI must accept the converted tree
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
return true
