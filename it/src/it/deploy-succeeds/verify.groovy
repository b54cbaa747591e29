import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')
    assert log.contains('Deploying headers (1 files) to it-deploy-ok')
    assert log.contains('Deploying all components (5 files) to it-deploy-ok')
    assert log.contains('Deployed 5 External Client App file(s)')
    def deploys = ItOrg.requests(basedir).findAll { it.soapAction == 'deploy' }
    assert deploys.size() == 2 : "two deploy calls, header first; got ${deploys.size()}"
} finally {
    ItOrg.stop(basedir)
}
return true
