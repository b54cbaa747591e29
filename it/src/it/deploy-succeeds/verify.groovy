import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.count('BUILD SUCCESS') == 2
    assert log.contains('Deploying headers (1 files) to it-deploy-ok\n')
    assert log.contains('Deploying all components (5 files) to it-deploy-ok\n')
    // without eca.targetOrg the goal names sf's default org, as sf config get target-org reports it
    assert log.contains("Deploying headers (1 files) to it-deploy-ok (sf's default org)")
    assert log.contains("Deploying all components (5 files) to it-deploy-ok (sf's default org)")
    assert log.count('Deployed 5 External Client App file(s)') == 2
    def deploys = ItOrg.requests(basedir).findAll { it.soapAction == 'deploy' }
    assert deploys.size() == 4 : "two deploy calls per run, header first; got ${deploys.size()}"
} finally {
    ItOrg.stop(basedir)
}
return true
