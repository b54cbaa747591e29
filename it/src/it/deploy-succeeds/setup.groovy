import io.github.ecamaven.eca.it.standin.ItOrg

// setDefault: the second invocation deploys to sf's default org (config target-org)
ItOrg.start(basedir, [alias: 'it-deploy-ok', sfExecutable: sfExecutable, setDefault: true])
return true
